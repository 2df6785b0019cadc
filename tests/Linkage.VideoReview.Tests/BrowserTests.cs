using System.Net.Http.Json;
using Linkage.Testing;
using Microsoft.Playwright;

namespace Linkage.VideoReview.Tests;

/// <summary>The join page in Debian's headless Chromium with fake camera and microphone: two reviewers of different
/// tiers join through it and Janus lists both as publishing (WebRTC over loopback).</summary>
public sealed class BrowserTests(VideoReviewHostFixture fixture) : IClassFixture<VideoReviewHostFixture>
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--allow-loopback-in-peer-connection",
    ];

    [Fact]
    public async Task Two_reviewers_of_two_tiers_join_through_the_page_and_both_publish()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumFlags,
        });

        var county = await OpenJoinPageAsync(browser, fixture.Host.TokenFor("reviewer-scjg"), id);
        var city = await OpenJoinPageAsync(browser, fixture.Host.TokenFor(VideoReviewHostFixture.CityReviewer), id);

        var room = (await fixture.Host.RoomOfAsync(id))!.Value;
        using var janus = JanusProbe.Platform();
        System.Text.Json.Nodes.JsonArray publishers;
        try
        {
            publishers = await Wait.Until(async () =>
            {
                var list = await janus.PublishersAsync(room);
                return list.Count(p => p!["publisher"]?.GetValue<bool>() == true) == 2 ? list : null;
            }, TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"not both publishing: {await janus.PublishersAsync(room)}; pages: " +
                $"{await county.Locator("#status").TextContentAsync()} / {await city.Locator("#status").TextContentAsync()}; console: " +
                string.Join(" | ", console));
        }
        Assert.Equal(["李娜（市自然资源局）", "郑丽（县市场监管局）"], publishers.Select(p => p!["display"]!.GetValue<string>()).Order());
        await Wait.Until(async () => await county.Locator("figure[data-feed] video").CountAsync() == 1, TimeSpan.FromSeconds(30));
        Assert.Contains("已入会", await city.Locator("#status").TextContentAsync());

        var countyTicket = await county.EvaluateAsync<string>("() => window.linkageVideo.ticket.ticketId");
        var mute = await fixture.Host.CreateClient("clerk").PostAsJsonAsync(
            $"/api/video-review/sessions/{id}/tickets/{countyTicket}/mute", new { mute = true });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, mute.StatusCode); // Janus moderated the microphone (mid "0")

        await county.ClickAsync("#leave");
        await Wait.Until(async () => (await janus.PublishersAsync(room)).Count == 1, TimeSpan.FromSeconds(30));
    }

    private readonly List<string> console = [];

    private async Task<IPage> OpenJoinPageAsync(IBrowser browser, string token, Guid sessionId)
    {
        // Janus is another origin on loopback: Chromium's local network access asks first, like a user would be asked.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Permissions = ["local-network-access", "camera", "microphone"] });
        var page = await context.NewPageAsync();
        page.Console += (_, m) => { lock (console) console.Add(m.Text); };
        page.PageError += (_, e) => { lock (console) console.Add(e); };
        var origin = fixture.Host.HttpAddress.ToString().TrimEnd('/');
        await page.RouteAsync("**/video/*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Path = Path.Combine(Repo, "gateway", "Linkage.Gateway", "Video", Path.GetFileName(new Uri(route.Request.Url).AbsolutePath)),
        }));
        await page.AddInitScriptAsync($"sessionStorage.setItem('linkage.token', '{token}');");
        await page.GotoAsync($"{origin}/video/join.html#session={sessionId}");
        return page;
    }

    /// <summary>The page is the gateway's file (served there under /video/); here the test serves it at the host's
    /// origin, so its API call reaches the test host.</summary>
    private static string Repo => Environment.GetEnvironmentVariable("LINKAGE_REPO") is { Length: > 0 } repo
        ? repo
        : throw new InvalidOperationException("LINKAGE_REPO is not set; run the tests through ./platform test.");
}
