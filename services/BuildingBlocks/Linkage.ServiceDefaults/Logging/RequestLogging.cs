using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Linkage.ServiceDefaults.Logging;

/// <summary>One line per request with the route template, never the raw path, query or body,
/// so personal ID numbers cannot reach the logs. Failures and slow requests log at Information.</summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    private static readonly long SlowTicks = Stopwatch.Frequency; // 1 s

    public async Task InvokeAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        await next(http);
        var elapsed = Stopwatch.GetTimestamp() - started;
        var status = http.Response.StatusCode;
        var level = status >= 500 ? LogLevel.Warning : status >= 400 || elapsed > SlowTicks ? LogLevel.Information : LogLevel.Debug;
        if (!logger.IsEnabled(level)) return;

        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
        Log(logger, level, http.Request.Method, route, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage("{Method} {Route} -> {Status} in {ElapsedMs:0.0} ms")]
    private static partial void Log(ILogger logger, LogLevel level, string method, string route, int status, double elapsedMs);
}
