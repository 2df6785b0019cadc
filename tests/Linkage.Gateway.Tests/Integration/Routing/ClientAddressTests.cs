using System.Net;
using System.Net.Http.Json;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

public sealed class ClientAddressTests
{
    private static HttpRequestMessage From(string clientAddress)
    {
        var request = GatewayHost.Request(HttpMethod.Get, "/api/certificates/verify/LIC-1");
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return request;
    }

    [Fact]
    public async Task Forwarded_for_from_an_untrusted_peer_is_replaced_by_the_peer_address()
    {
        await using var backends = await Backends.StartAsync("certificates");
        await using var gateway = await GatewayHost.StartAsync(backends.GatewaySettings());

        var echo = await (await gateway.Http.SendAsync(From("203.0.113.7"))).Content.ReadFromJsonAsync<EchoReply>();

        Assert.Equal("127.0.0.1", echo!.ForwardedFor);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_real_client_is_forwarded_and_rate_limited_on_its_own()
    {
        await using var backends = await Backends.StartAsync("certificates");
        var settings = backends.GatewaySettings();
        settings["Linkage:Gateway:TrustedProxies:0"] = "127.0.0.0/8";
        settings["Linkage:Gateway:RateLimit:AnonymousPermitsPerSecond"] = "2";
        await using var gateway = await GatewayHost.StartAsync(settings);

        var first = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++) first.Add(await gateway.Http.SendAsync(From("203.0.113.7")));
        var other = await gateway.Http.SendAsync(From("198.51.100.20"));

        Assert.Equal("203.0.113.7", (await first[0].Content.ReadFromJsonAsync<EchoReply>())!.ForwardedFor);
        Assert.Contains(first, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
