using System.Threading.RateLimiting;

namespace Linkage.Gateway.RateLimiting;

public static class RateLimitExtensions
{
    /// <summary>Stricter policy for the public certificate verification route (anonymous, per client address).</summary>
    public const string PublicVerificationPolicy = "public-verification";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, RateLimitSettings settings)
    {
        var perCaller = Bucket(settings.PermitsPerSecond);
        var anonymous = Bucket(settings.AnonymousPermitsPerSecond);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitRejection.WriteAsync;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, CallerKey>(http =>
                http.Request.Path.StartsWithSegments("/healthz")
                    ? RateLimitPartition.GetNoLimiter(default(CallerKey))
                    : RateLimitPartition.GetTokenBucketLimiter(CallerKey.Of(http), _ => perCaller));
            o.AddPolicy(PublicVerificationPolicy, http =>
                RateLimitPartition.GetTokenBucketLimiter(CallerKey.Anonymous(http), _ => anonymous));
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions Bucket(int permitsPerSecond) => new()
    {
        TokenLimit = permitsPerSecond,
        TokensPerPeriod = permitsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
