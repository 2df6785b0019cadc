using Linkage.Testing;
using Microsoft.Playwright;

namespace Linkage.VideoReview.Tests;

/// <summary>Debian's headless Chromium with fake camera and microphone, opening the join page as given users.</summary>
public sealed class JoinPages : IAsyncDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--allow-loopback-in-peer-connection",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly LinkageTestHost host;

    private JoinPages(IPlaywright playwright, IBrowser browser, LinkageTestHost host) => (this.playwright, this.browser, this.host) = (playwright, browser, host);

    public List<string> Console { get; } = [];

    public static async Task<JoinPages> LaunchAsync(LinkageTestHost host)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags,
        });
        return new JoinPages(playwright, browser, host);
    }

    public async Task<IPage> OpenAsync(string token, Guid sessionId)
    {
        // Janus is another origin on loopback: Chromium's local network access asks first, like a user would be asked.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Permissions = ["local-network-access", "camera", "microphone"] });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { lock (Console) Console.Add(m.Text); };
        page.PageError += (_, e) => { lock (Console) Console.Add(e); };
        var origin = host.HttpAddress.ToString().TrimEnd('/');
        await page.RouteAsync("**/video/*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Path = Path.Combine(Repo, "gateway", "Linkage.Gateway", "Video", Path.GetFileName(new Uri(route.Request.Url).AbsolutePath)),
        }));
        await page.AddInitScriptAsync($"sessionStorage.setItem('linkage.token', '{token}');");
        await page.GotoAsync($"{origin}/video/join.html#session={sessionId}");
        return page;
    }

    /// <summary>Waits until Janus lists <paramref name="count"/> publishers in the room; fails with the pages' state.</summary>
    public async Task<System.Text.Json.Nodes.JsonArray> PublishingAsync(JanusProbe janus, long room, int count, params IPage[] pages)
    {
        try
        {
            return await Wait.Until(async () =>
            {
                var list = await janus.PublishersAsync(room);
                return list.Count(p => p!["publisher"]?.GetValue<bool>() == true) == count ? list : null;
            }, TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            var states = await Task.WhenAll(pages.Select(p => p.Locator("#status").TextContentAsync()));
            throw new Xunit.Sdk.XunitException($"not {count} publishing: {await janus.PublishersAsync(room)}; pages: " +
                $"{string.Join(" / ", states)}; console: {string.Join(" | ", Console)}");
        }
    }

    /// <summary>The page is the gateway's file (served there under /video/); here the test serves it at the host's
    /// origin, so its API call reaches the test host.</summary>
    private static string Repo => Environment.GetEnvironmentVariable("LINKAGE_REPO") is { Length: > 0 } repo
        ? repo
        : throw new InvalidOperationException("LINKAGE_REPO is not set; run the tests through ./platform test.");

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
