using Microsoft.Playwright;

namespace Linkage.Console.Tests;

/// <summary>Village links are weak: the first load of the public guide (HTML, scripts, styles, as transferred,
/// compressed) stays within 400 KB; the other roles' pages and the charts are not part of it. A staff link needs no
/// call before its sign-in shows. The page paints its frame before its files arrive.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FirstLoadTests(ConsoleSuite suite)
{
    private const long Budget = 400 * 1024;

    [Fact]
    public async Task The_first_load_is_at_most_400_KB_compressed_and_leaves_the_charts_out()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        var responses = new List<IResponse>();
        tab.Page.Response += (_, response) => { if (response.Url.Contains("/console/")) lock (responses) responses.Add(response); };
        long transferred = 0;
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/guide", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            foreach (var response in responses.ToList()) transferred += (await response.Request.SizesAsync()).ResponseBodySize;
        });

        Assert.InRange(transferred, 1, Budget);
        Assert.DoesNotContain(responses, r => r.Url.Contains("/assets/charts-"));
        Assert.Contains(responses, r => r.Headers.TryGetValue("content-encoding", out var e) && e is "br" or "gzip");
    }

    /// <summary>A staff link opened cold lands on the sign-in page; what it offers comes written into the page (decision
    /// 0559), so it shows after the page and its files without a call of its own, and the demo sign-in is then one call.</summary>
    [Fact]
    public async Task A_cold_staff_link_shows_its_sign_in_without_asking_the_gateway_first()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        var calls = new List<string>();
        tab.Page.Request += (_, request) => { if (new Uri(request.Url).AbsolutePath.StartsWith("/api/")) lock (calls) calls.Add($"{request.Method} {new Uri(request.Url).AbsolutePath}"); };
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/clerk/start");
            var clerk = page.Locator("label", new() { HasText = "（clerk）" });
            await clerk.WaitForAsync();
            lock (calls) Assert.Empty(calls);

            await clerk.ClickAsync();
            await page.Locator("[data-test=sign-in]").ClickAsync();
            await page.Locator("#matter-q").WaitForAsync();
            lock (calls) Assert.Equal("POST /api/console/demo-token", calls.First());
        });
    }

    /// <summary>Decision 0641: the page itself paints (its frame and a loading line, styled inline) while its stylesheet
    /// and scripts are still on the way; a stylesheet in the head would hold every paint back until it came.</summary>
    [Fact]
    public async Task A_cold_page_paints_its_frame_before_its_stylesheet_and_scripts_arrive()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        var files = new TaskCompletionSource();
        await tab.Page.RouteAsync("**/console/assets/**", async route =>
        {
            await files.Task;
            await route.ContinueAsync();
        });
        await tab.RunAsync(async page =>
        {
            try
            {
                await page.GotoAsync("/console/clerk/start", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
                await page.WaitForFunctionAsync("() => performance.getEntriesByName('first-contentful-paint').length > 0");
                Assert.Equal("加载中…", await page.Locator("#app [role=status]").TextContentAsync());
                Assert.Equal(0, await page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(r => r.name.includes('/assets/')).length"));
            }
            finally
            {
                files.TrySetResult();
            }
            await page.Locator("label", new() { HasText = "（clerk）" }).WaitForAsync(); // then the sign-in page, styled
            Assert.Equal("flex", await page.Locator("header.bar").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        });
    }
}
