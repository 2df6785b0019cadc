using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Linkage.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Metrics always; traces and logs exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set
    /// (unexported traces would only cost CPU on the hot path).</summary>
    public static WebApplicationBuilder AddLinkageTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(LinkageMetrics.MeterName, "MassTransit", "Linkage.Messaging"));
        if (!otlp) return builder;

        builder.Logging.AddOpenTelemetry(l => { l.IncludeFormattedMessage = true; l.IncludeScopes = true; });
        otel.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource("MassTransit", "Linkage", "Linkage.Messaging"))
            .UseOtlpExporter();
        return builder;
    }
}
