using System.Net;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>The video joint review join page: public static files under /video/, in Chinese; nothing else there.</summary>
[Collection(GatewayCollection.Name)]
public sealed class VideoJoinPageTests(GatewayFixture fixture)
{
    [Fact]
    public async Task The_join_page_and_its_script_are_served_without_a_token()
    {
        var page = await fixture.Gateway.GetAsync("/video/join.html");
        var script = await fixture.Gateway.GetAsync("/video/join.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("远程视频联审", await page.Content.ReadAsStringAsync());
        Assert.Contains("离开会议", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("/api/video-review/sessions/", await script.Content.ReadAsStringAsync());
        Assert.DoesNotContain("apisecret", await script.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_files_under_video_are_not_found()
    {
        var response = await fixture.Gateway.GetAsync("/video/appsettings.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
