using System.Net;
using Linkage.Gateway.Tests.Infrastructure;

namespace Linkage.Gateway.Tests;

public sealed class LoggingTests
{
    private const string IdNumber = "11010519491231002X";

    [Fact]
    public async Task Id_numbers_in_query_strings_never_reach_the_logs_even_at_trace_level()
    {
        await using var backends = await Backends.StartAsync("intake");
        var settings = backends.GatewaySettings();
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:Microsoft"] = "Trace";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        settings["Logging:LogLevel:Yarp"] = "Trace";
        var capture = new CapturingLoggerProvider();
        await using var gateway = await GatewayHost.StartAsync(settings, b => b.Logging.AddProvider(capture));

        var ok = await gateway.GetAsync($"/api/intake/cases?idNumber={IdNumber}", Tokens.For("clerk-4"));
        var unauthorized = await gateway.GetAsync($"/api/intake/cases?idNumber={IdNumber}");
        await backends.DisposeAsync();
        var failed = await gateway.GetAsync($"/api/intake/cases?idNumber={IdNumber}", Tokens.For("clerk-4"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (ok.StatusCode, unauthorized.StatusCode));
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        Assert.Contains(capture.Lines, l => l.Contains("Microsoft.AspNetCore.Routing")); // trace logging really is on
        Assert.DoesNotContain(capture.Lines, l => l.Contains(IdNumber, StringComparison.OrdinalIgnoreCase));
    }
}
