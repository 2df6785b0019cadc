using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linkage.Gateway.Health;

internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var modules = report.Entries.SelectMany(e => e.Value.Data).ToDictionary(d => d.Key, d => d.Value);
        return JsonSerializer.SerializeAsync(http.Response.Body, new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString().ToLowerInvariant(),
            ["modules"] = modules,
        }, cancellationToken: http.RequestAborted);
    }
}
