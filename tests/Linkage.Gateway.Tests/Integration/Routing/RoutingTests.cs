using System.Net;
using System.Net.Http.Json;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RoutingTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("catalog", "/api/catalog/implementations/1101-0001")]
    [InlineData("intake", "/api/intake/cases/7f3e/documents/acceptance-slip")]
    [InlineData("approval", "/api/approval/tasks")]
    [InlineData("certificates", "/api/certificates/LIC-2026-0001/document")]
    [InlineData("videoreview", "/api/video-review/sessions/42")]
    [InlineData("ratings", "/api/ratings/rectifications")]
    [InlineData("supervision", "/api/supervision/rankings")]
    public async Task Rest_request_reaches_its_module_with_path_query_and_token_unchanged(string module, string path)
    {
        var response = await fixture.Gateway.GetAsync(path + "?status=pending&page=2", fixture.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await response.Content.ReadFromJsonAsync<EchoReply>();
        Assert.Equal(module, echo!.Module);
        Assert.Equal(path, echo.Path);
        Assert.Equal("?status=pending&page=2", echo.Query);
        Assert.Equal("HTTP/1.1", echo.Protocol);
        Assert.Equal("Bearer " + fixture.Token, echo.Authorization);
        Assert.Equal("127.0.0.1", echo.ForwardedFor);
    }

    [Fact]
    public async Task Post_body_is_forwarded()
    {
        var request = GatewayHost.Request(HttpMethod.Post, "/api/intake/cases", fixture.Token);
        request.Content = JsonContent.Create(new { matterCode = "11000000000000001" });

        var echo = await (await fixture.Gateway.Http.SendAsync(request)).Content.ReadFromJsonAsync<EchoReply>();

        Assert.Equal(("intake", "POST"), (echo!.Module, echo.Method));
        Assert.True(echo.BodyBytes > 20);
    }

    [Fact]
    public async Task Module_prefix_must_match_a_whole_segment()
    {
        var response = await fixture.Gateway.GetAsync("/api/catalogue/matters", fixture.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
