using Linkage.Gateway.Tests.Infrastructure;
using OpenTelemetry.Trace;

namespace Linkage.Gateway.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Tracing_is_registered_only_when_an_otlp_endpoint_is_configured()
    {
        await using var plain = await GatewayHost.StartAsync(new Dictionary<string, string?>());
        await using var exported = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{FreePort.Next()}",
        });

        Assert.Null(plain.Services.GetService<TracerProvider>());
        Assert.NotNull(exported.Services.GetService<TracerProvider>());
    }
}
