using System.Globalization;
using Linkage.Messaging;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Linkage.ServiceDefaults.Problems;

/// <summary>A dependency that is down — PostgreSQL, a module's gRPC (the host's own included), the broker — answers
/// 503 with <c>Retry-After</c>, never 500: the request changed nothing that its idempotency key cannot replay, so
/// the client or the gateway may safely send it again (decision 0410). What is transient is
/// <see cref="TransientFailures.IsTransient"/>, the same judgement the inbox consumers wait on.</summary>
public sealed class DependencyDownHandler(IProblemDetailsService problems, ILogger<DependencyDownHandler> log) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!TransientFailures.IsTransient(exception) || http.Response.HasStarted) return false;
        log.LogWarning("{Method} {Path}: a dependency is unavailable ({Error}); answered 503",
            http.Request.Method, http.Request.Path, exception.GetBaseException().GetType().Name);
        return await WriteAsync(problems, http, exception);
    }

    /// <summary>The one 503 answer: also used while the host's listeners are not all up yet.</summary>
    public static ValueTask<bool> WriteAsync(IProblemDetailsService problems, HttpContext http, Exception? exception = null)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "A service this request needs is unavailable.",
            Detail = $"Send the same request again (with the same Idempotency-Key) after {RetryAfterSeconds} s.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        };
        return problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = details, Exception = exception });
    }
}
