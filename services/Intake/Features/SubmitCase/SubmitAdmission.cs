using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Linkage.Intake.Features.SubmitCase;

/// <summary>Admission in front of the submit (decision 0726): at most <c>Intake:Submit:Concurrency</c> submits run at
/// once (default 64) and <c>Intake:Submit:QueueLimit</c> (default 64) wait, oldest first; a submit finding
/// the queue full is answered 503 with <c>Retry-After</c> at once, and one whose client goes away while it waits
/// leaves the queue having done nothing. Under overload the host works only on submits someone still waits for.</summary>
public sealed class SubmitAdmission : IEndpointFilter, IDisposable
{
    public const int RetryAfterSeconds = 1;

    private readonly ConcurrencyLimiter limiter;

    public SubmitAdmission(IConfiguration configuration)
    {
        var concurrency = configuration.GetValue("Intake:Submit:Concurrency", 64);
        var queue = configuration.GetValue("Intake:Submit:QueueLimit", 64);
        if (concurrency <= 0 || queue < 0)
            throw new InvalidOperationException("Intake:Submit:Concurrency must be positive and Intake:Submit:QueueLimit not negative.");
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = concurrency, QueueLimit = queue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>Submits waiting for a turn now.</summary>
    public long Waiting => limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        using var lease = await limiter.AcquireAsync(1, http.RequestAborted); // a client gone while waiting: canceled here
        if (lease.IsAcquired) return await next(context);
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            $"Too many applications are being taken at this centre right now; send the same request again after {RetryAfterSeconds} s.",
            statusCode: StatusCodes.Status503ServiceUnavailable, title: "The centre is busy.",
            type: "https://tools.ietf.org/html/rfc9110#section-15.6.4");
    }

    public void Dispose() => limiter.Dispose();
}
