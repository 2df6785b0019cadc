using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Linkage.Gateway.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Traces (ASP.NET Core, HttpClient, YARP), metrics and logs over OTLP, only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set: nothing collected for nobody on the hot path otherwise.
    /// The instrumentations redact query-string values, so ID numbers in queries never leave.</summary>
    public static WebApplicationBuilder AddGatewayTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return builder;

        builder.Logging.AddOpenTelemetry(l => l.IncludeFormattedMessage = true);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "linkage-gateway"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation()
                .AddSource("Yarp.ReverseProxy"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
