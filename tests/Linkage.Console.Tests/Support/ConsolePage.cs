using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Linkage.Console.Tests;

/// <summary>One scenario's browser tab (1366×768 unless told), signed in through the console's own sign-in page.
/// Every scenario leaves a screenshot under the test results; a failure names it.</summary>
public sealed class ConsolePage(ConsoleSuite suite, IBrowserContext context, IPage page, string scenario) : IAsyncDisposable
{
    public IPage Page => page;

    public ConsoleSuite Suite => suite;

    public static async Task<ConsolePage> OpenAsync(ConsoleSuite suite, int width = 1366, int height = 768,
        [CallerMemberName] string scenario = "")
    {
        var context = await suite.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = suite.Deployment.Gateway.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        context.SetDefaultTimeout(30_000);
        return new ConsolePage(suite, context, await context.NewPageAsync(), scenario);
    }

    public async Task SignInAsync(string userName)
    {
        await page.GotoAsync("/console/sign-in");
        await page.GetByText($"（{userName}）", new PageGetByTextOptions { Exact = false }).First.ClickAsync();
        await page.Locator("[data-test=sign-in]").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-test=who]")).ToBeVisibleAsync();
    }

    /// <summary>Signs in through the deployment's OpenID provider (a resident has no demo sign-in: decision 0370).</summary>
    public async Task SignInAtProviderAsync(string userName)
    {
        await page.GotoAsync("/console/sign-in");
        await page.Locator("[data-test=oidc-sign-in]").ClickAsync();
        // the provider's page is there once its URL is; the fill waits for the field. Polled: WaitForURL for a URL already
        // reached waits for a load state instead, which a fast provider page may have passed
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(
            "^" + Regex.Escape(suite.Provider.Authority + "/interaction/")));
        await page.Locator("#login").FillAsync(userName);
        await page.Locator("#password").FillAsync(Linkage.Testing.OidcProvider.DemoPassword);
        await page.Locator("[data-test=idp-sign-in]").ClickAsync();
    }

    /// <summary>Goes to a page inside the running console, as a click on a link does: loading the URL afresh
    /// would drop the in-memory token (by design: a reload signs out).</summary>
    public async Task NavigateAsync(string path)
    {
        await page.EvaluateAsync("p => { history.pushState({}, '', p); dispatchEvent(new PopStateEvent('popstate')); }", "/console" + path);
    }

    /// <summary>Clicks a button (a refresh, a search) until the locator finds something; the API's side effects
    /// arrive asynchronously (events between modules).</summary>
    public async Task UntilShownAsync(ILocator wanted, string button)
    {
        await Linkage.Testing.Wait.Until(async () =>
        {
            if (await wanted.CountAsync() > 0) return true;
            await page.GetByRole(AriaRole.Button, new() { Name = button }).First.ClickAsync();
            await page.WaitForTimeoutAsync(300);
            return false;
        }, TimeSpan.FromSeconds(40));
    }

    /// <summary>Chooses an option of an Element Plus select by its text, until the select's own list marks it selected: on a
    /// busy machine a click on an option while the dropdown still opens or the page below it moves can land beside the
    /// option and leave the choice unchanged. The list's aria-selected, not the select's label, tells: an option with an
    /// empty value ("全部") leaves the placeholder shown. Three tries; the last failure is the test's.</summary>
    public Task ChooseAsync(ILocator select, string option) => ChooseAsync(select, new Regex(Regex.Escape(option)));

    public async Task ChooseAsync(ILocator select, Regex option)
    {
        var combobox = select.Locator("[role=combobox]");
        var list = page.Locator($"[id='{await combobox.GetAttributeAsync("aria-controls")}']");
        for (var attempt = 1; ; attempt++)
        {
            if (await combobox.GetAttributeAsync("aria-expanded") != "true") await select.ClickAsync(); // a retry may find it open
            await list.Locator("[role=option]", new() { HasTextRegex = option }).ClickAsync();
            try
            {
                await Assertions.Expect(list.Locator("[role=option][aria-selected=true]"))
                    .ToContainTextAsync(option, new() { Timeout = attempt < 3 ? 5_000 : 30_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Runs the scenario; the screenshot is taken whatever happens, and a failure points at it.</summary>
    public async Task RunAsync(Func<IPage, Task> scenarioBody)
    {
        Exception? failure = null;
        try { await scenarioBody(page); }
        catch (Exception e) { failure = e; }
        var shot = await ScreenshotAsync();
        if (failure is not null)
            throw new Xunit.Sdk.XunitException($"Scenario {scenario} failed; screenshot: {shot}\n{failure}\n\nprocess logs:\n{suite.Deployment.Logs()}");
    }

    private async Task<string> ScreenshotAsync()
    {
        var dir = Path.Combine(ResultsDir(), "console-screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{scenario}.png");
        try { await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true }); }
        catch (PlaywrightException e) { return $"(no screenshot: {e.Message})"; }
        return path;
    }

    private static string ResultsDir() =>
        Environment.GetEnvironmentVariable("LINKAGE_STATE") is { Length: > 0 } state
            ? Path.Combine(state, "test-results")
            : Path.Combine(AppContext.BaseDirectory, "TestResults");

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
