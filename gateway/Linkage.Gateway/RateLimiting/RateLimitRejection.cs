using System.Globalization;
using System.Threading.RateLimiting;
using Linkage.Gateway.Problems;
using Microsoft.AspNetCore.RateLimiting;

namespace Linkage.Gateway.RateLimiting;

internal static class RateLimitRejection
{
    public static ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new ValueTask(GatewayProblem.TooManyRequests(context.HttpContext));
    }
}
