using System.Text.RegularExpressions;
using Linkage.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>Sign-in through the real OpenID provider (issue 15, decision 0433): authorization code + PKCE from the
/// browser, the provider's own sign-in page, back to the console with a token every process validates from the
/// provider's JWKS.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class OidcSignInScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task A_clerk_signs_in_at_the_provider_and_lands_on_the_clerks_cases()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAtProviderAsync("clerk");

            await Expect(page).ToHaveURLAsync(ClerkCases());
            await Expect(page.Locator("[data-test=who]")).ToContainTextAsync("吴建国");
            await Expect(page.Locator("nav").GetByText("窗口收件")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=cases]")).ToBeVisibleAsync(); // the host answered the provider's token
            await Expect(page.Locator("[data-test=load-error]")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task A_wrong_password_stays_at_the_provider_and_signs_nobody_in()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/sign-in");
            await page.Locator("[data-test=oidc-sign-in]").ClickAsync();
            await page.Locator("#login").FillAsync("clerk");
            await page.Locator("#password").FillAsync("wrong");
            await page.Locator("[data-test=idp-sign-in]").ClickAsync();

            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
            Assert.StartsWith(suite.Provider.Authority, page.Url);
        });
    }

    [Fact]
    public async Task Signing_out_ends_the_providers_session_too()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAtProviderAsync("clerk");
            await Expect(page.Locator("[data-test=who]")).ToContainTextAsync("吴建国");

            await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(AtProvider()); // polled: a URL already there when asked for is no wait
            await page.Locator("button[name=logout]").ClickAsync(); // the provider's own confirmation
            await Expect(page).ToHaveURLAsync(Guide());
            await Expect(page.Locator("[data-test=who]")).ToHaveCountAsync(0);

            // the provider asks for the password again: its session ended with the console's
            await page.GotoAsync("/console/sign-in");
            await page.Locator("[data-test=oidc-sign-in]").ClickAsync();
            await Expect(page.Locator("#login")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task A_session_renews_its_token_past_the_first_ones_lifetime_and_signing_out_revokes_the_refresh_token()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        var trail = new TokenTrail(tab.Page, suite.Provider.Authority);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAtProviderAsync("clerk");
            await Expect(page.Locator("[data-test=cases]")).ToBeVisibleAsync();
            var first = trail.FirstBearer;

            // the first token's lifetime (ConsoleSuite.AccessTokenLifetime) passes; the session renews it silently
            var firstExpiry = TokenTrail.ExpiryOf(first);
            await Wait.Until(() => Task.FromResult(trail.Grants >= 2 && DateTimeOffset.UtcNow > firstExpiry.AddSeconds(1)), TimeSpan.FromSeconds(90));
            await tab.NavigateAsync("/clerk/appointments");
            await Expect(page.Locator("[data-test=appointments]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=load-error]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-test=who]")).ToContainTextAsync("吴建国");
            Assert.NotEqual(first, trail.LastBearer);
            Assert.True(TokenTrail.ExpiryOf(trail.LastBearer) > firstExpiry, "the API was called with a renewed token");

            await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(AtProvider()); // polled: a URL already there when asked for is no wait
            // revoked by the console itself, before the provider's session is ended (which would revoke it too)
            var refreshToken = await trail.LastRefreshTokenAsync();
            using var http = new HttpClient();
            await Wait.Until(async () =>
            {
                using var refused = await http.PostAsync(suite.Provider.Authority + "/token", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = "linkage-console",
                }));
                return refused.StatusCode == System.Net.HttpStatusCode.BadRequest;
            }, TimeSpan.FromSeconds(20));
            await page.Locator("button[name=logout]").ClickAsync();
            await Expect(page).ToHaveURLAsync(Guide());
        });
    }

    [GeneratedRegex("/console/guide(\\?.*)?$")]
    private static partial Regex Guide();

    [GeneratedRegex("/console/clerk/cases$")]
    private static partial Regex ClerkCases();

    private Regex AtProvider() => new("^" + Regex.Escape(suite.Provider.Authority));
}
