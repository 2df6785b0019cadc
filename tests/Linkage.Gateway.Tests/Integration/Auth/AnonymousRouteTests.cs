using System.Net;
using System.Net.Http.Json;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

/// <summary>Exactly the modules' anonymous routes are open (PublicRoute; the architecture tests keep the two equal); the fallback policy covers the rest.</summary>
[Collection(GatewayCollection.Name)]
public sealed class AnonymousRouteTests(GatewayFixture fixture)
{
    [Theory]
    [InlineData("catalog", "/api/catalog/regions/110101000000")]
    [InlineData("catalog", "/api/catalog/org-units/5b1c")]
    [InlineData("catalog", "/api/catalog/matters?division=110101000000&q=%E5%87%BA%E7%94%9F")]
    [InlineData("catalog", "/api/catalog/matters/11000000000000001")]
    [InlineData("catalog", "/api/catalog/regions?within=350926000000")]
    [InlineData("catalog", "/api/catalog/org-units?within=350926000000")]
    [InlineData("certificates", "/api/certificates/verify/LIC-2026-0001")]
    [InlineData("certificates", "/api/certificates/verify?qr=LIC-2026-0001~c2VhbA")]
    [InlineData("certificates", "/api/certificates/keys/ou-350926-centre")]
    [InlineData("ratings", "/api/ratings/satisfaction?division=110101000000")]
    [InlineData("ratings", "/api/ratings/satisfaction/monthly?division=110101000000&month=2026-01")]
    [InlineData("supervision", "/api/supervision/rankings?parent=350926000000&month=2026-01")]
    public async Task Public_routes_need_no_token(string module, string pathAndQuery)
    {
        var response = await fixture.Gateway.GetAsync(pathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(module, (await response.Content.ReadFromJsonAsync<EchoReply>())!.Module);
    }

    [Theory]
    [InlineData("GET", "/api/catalog/implementations/1101-0001")]
    [InlineData("POST", "/api/catalog/imports")]
    [InlineData("POST", "/api/catalog/matters")]
    [InlineData("DELETE", "/api/catalog/regions/110101000000")]
    [InlineData("POST", "/api/catalog/regions")]
    [InlineData("POST", "/api/certificates/verify")]
    [InlineData("GET", "/api/catalog/matters/11000000000000001/versions")]
    [InlineData("GET", "/api/certificates/LIC-2026-0001")]
    [InlineData("POST", "/api/certificates/verify/LIC-2026-0001")]
    [InlineData("GET", "/api/ratings/rectifications")]
    [InlineData("GET", "/api/ratings/invitations")]
    [InlineData("GET", "/api/intake/cases")]
    [InlineData("GET", "/api/supervision/alerts")]
    [InlineData("GET", "/api/video-review/sessions/1")]
    [InlineData("GET", "/api/approval/tasks")]
    [InlineData("GET", "/api/unknown/thing")]
    [InlineData("GET", "/")]
    public async Task Everything_else_needs_a_token(string method, string path)
    {
        var response = await fixture.Gateway.Http.SendAsync(GatewayHost.Request(new HttpMethod(method), path));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }
}
