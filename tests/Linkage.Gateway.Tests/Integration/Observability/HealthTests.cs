using System.Net;
using System.Text.Json;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> Ready(GatewayHost gateway)
    {
        var response = await gateway.GetAsync("/healthz/ready");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Live_is_always_200_and_ready_is_200_when_every_module_is_ready()
    {
        await using var backends = await Backends.StartAsync("catalog", "intake");
        await using var gateway = await GatewayHost.StartAsync(backends.GatewaySettings());

        var live = await gateway.GetAsync("/healthz/live");
        var (status, body) = await Ready(gateway);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("ready", body.GetProperty("modules").GetProperty("intake").GetString());
    }

    [Fact]
    public async Task Ready_is_degraded_but_200_when_one_module_is_not_ready()
    {
        await using var backends = await Backends.StartAsync("catalog", "intake");
        backends["intake"].State.Ready = false;
        await using var gateway = await GatewayHost.StartAsync(backends.GatewaySettings());

        var (status, body) = await Ready(gateway);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Equal("not-ready", body.GetProperty("modules").GetProperty("intake").GetString());
        Assert.Equal("ready", body.GetProperty("modules").GetProperty("catalog").GetString());
    }

    [Fact]
    public async Task Ready_is_503_when_no_module_answers_but_live_stays_200()
    {
        var settings = new Dictionary<string, string?> { ["Linkage:Gateway:Modules:catalog:Http"] = $"http://127.0.0.1:{FreePort.Next()}" };
        await using var gateway = await GatewayHost.StartAsync(settings);

        var (status, body) = await Ready(gateway);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync("/healthz/live")).StatusCode);
    }

    [Fact]
    public async Task Ready_result_is_cached_and_shared_by_modules_on_one_host()
    {
        await using var backends = await Backends.StartAsync("catalog");
        var url = backends["catalog"].HttpUrl;
        var settings = new Dictionary<string, string?>
        {
            ["Linkage:Gateway:Modules:catalog:Http"] = url,
            ["Linkage:Gateway:Modules:intake:Http"] = url,
            ["Linkage:Gateway:Modules:ratings:Http"] = url,
        };
        await using var gateway = await GatewayHost.StartAsync(settings);

        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await Ready(gateway)).Status);

        Assert.Equal(1, backends["catalog"].State.ReadyProbes);
    }
}
