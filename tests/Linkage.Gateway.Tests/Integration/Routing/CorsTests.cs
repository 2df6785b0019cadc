using System.Net;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class CorsTests(GatewayFixture fixture)
{
    private const string Frontend = "https://window.example.gov.cn";

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/intake/cases");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        return request;
    }

    [Fact]
    public async Task Preflight_from_a_configured_origin_is_allowed_without_a_token()
    {
        var response = await fixture.Gateway.Http.SendAsync(Preflight(Frontend));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Frontend, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Preflight_from_another_origin_gets_no_cors_headers()
    {
        var response = await fixture.Gateway.Http.SendAsync(Preflight("https://evil.example.com"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Proxied_response_carries_the_allow_origin_header()
    {
        var request = GatewayHost.Request(HttpMethod.Get, "/api/catalog/matters");
        request.Headers.Add("Origin", Frontend);

        var response = await fixture.Gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Frontend, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
