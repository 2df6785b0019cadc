using System.Net.Http.Json;
using Linkage.Testing;

namespace Linkage.VideoReview.Tests;

/// <summary>The join page in Debian's headless Chromium with fake camera and microphone: two reviewers of different
/// tiers join through it and Janus lists both as publishing (WebRTC over loopback).</summary>
public sealed class BrowserTests(VideoReviewHostFixture fixture) : IClassFixture<VideoReviewHostFixture>
{
    [Fact]
    public async Task Two_reviewers_of_two_tiers_join_through_the_page_and_both_publish()
    {
        var id = await fixture.Host.CreateSessionAsync(await fixture.AcceptedCaseAsync());
        await using var pages = await JoinPages.LaunchAsync(fixture.Host);

        var county = await pages.OpenAsync(fixture.Host.TokenFor("reviewer-scjg"), id);
        var city = await pages.OpenAsync(fixture.Host.TokenFor(VideoReviewHostFixture.CityReviewer), id);

        var room = (await fixture.Host.RoomOfAsync(id))!.Value;
        using var janus = JanusProbe.Platform();
        var publishers = await pages.PublishingAsync(janus, room, 2, county, city);
        Assert.Equal(["李娜（市自然资源局）", "郑丽（县市场监管局）"], publishers.Select(p => p!["display"]!.GetValue<string>()).Order());
        await Wait.Until(async () => await county.Locator("figure[data-feed] video").CountAsync() == 1, TimeSpan.FromSeconds(30));
        Assert.Contains("已入会", await city.Locator("#status").TextContentAsync());
        Assert.Contains("全程录音录像", await city.Locator("#recording").TextContentAsync()); // told before publishing

        var countyTicket = await county.EvaluateAsync<string>("() => window.linkageVideo.ticket.ticketId");
        var mute = await fixture.Host.CreateClient("clerk").PostAsJsonAsync(
            $"/api/video-review/sessions/{id}/tickets/{countyTicket}/mute", new { mute = true });
        Assert.Equal(System.Net.HttpStatusCode.NoContent, mute.StatusCode); // Janus moderated the microphone (mid "0")

        await county.ClickAsync("#leave");
        await Wait.Until(async () => (await janus.PublishersAsync(room)).Count == 1, TimeSpan.FromSeconds(30));
    }
}
