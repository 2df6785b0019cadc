using System.Net;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

public sealed class RateLimitTests
{
    private static async Task<List<HttpResponseMessage>> Burst(GatewayHost gateway, string path, string? token, int count)
    {
        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < count; i++) responses.Add(await gateway.GetAsync(path, token));
        return responses;
    }

    [Fact]
    public async Task One_caller_over_its_limit_gets_429_while_another_caller_still_passes()
    {
        await using var backends = await Backends.StartAsync("intake");
        var settings = backends.GatewaySettings();
        settings["Linkage:Gateway:RateLimit:PermitsPerSecond"] = "3";
        await using var gateway = await GatewayHost.StartAsync(settings);
        var (alice, bob) = (Tokens.For("alice"), Tokens.For("bob"));

        var burst = await Burst(gateway, "/api/intake/cases", alice, 12);
        var bobsTurn = await gateway.GetAsync("/api/intake/cases", bob);

        var rejected = burst.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        await ProblemAssert.IsProblemAsync(rejected, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(rejected.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal(HttpStatusCode.OK, burst[0].StatusCode);
        Assert.Equal(HttpStatusCode.OK, bobsTurn.StatusCode);
    }

    [Fact]
    public async Task Public_verification_has_a_stricter_anonymous_limit_than_other_routes()
    {
        await using var backends = await Backends.StartAsync("certificates", "catalog");
        var settings = backends.GatewaySettings();
        settings["Linkage:Gateway:RateLimit:PermitsPerSecond"] = "1000";
        settings["Linkage:Gateway:RateLimit:AnonymousPermitsPerSecond"] = "2";
        await using var gateway = await GatewayHost.StartAsync(settings);

        var verifications = await Burst(gateway, "/api/certificates/verify/LIC-1", null, 10);
        var guide = await Burst(gateway, "/api/catalog/matters", null, 10);

        Assert.Contains(verifications, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.All(guide, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task Health_probes_are_not_rate_limited()
    {
        await using var backends = await Backends.StartAsync("intake");
        var settings = backends.GatewaySettings();
        settings["Linkage:Gateway:RateLimit:PermitsPerSecond"] = "1";
        await using var gateway = await GatewayHost.StartAsync(settings);

        var probes = await Burst(gateway, "/healthz/live", null, 10);

        Assert.All(probes, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
