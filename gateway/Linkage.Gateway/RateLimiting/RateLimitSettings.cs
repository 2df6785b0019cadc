namespace Linkage.Gateway.RateLimiting;

/// <summary><c>Linkage:Gateway:RateLimit</c>: token buckets refilled every second, one per caller.</summary>
public sealed record RateLimitSettings(int PermitsPerSecond, int AnonymousPermitsPerSecond)
{
    public static RateLimitSettings From(IConfigurationSection section)
    {
        var settings = new RateLimitSettings(
            section.GetValue("PermitsPerSecond", 2000), section.GetValue("AnonymousPermitsPerSecond", 200));
        if (settings.PermitsPerSecond <= 0 || settings.AnonymousPermitsPerSecond <= 0)
            throw new InvalidOperationException($"{section.Path}:PermitsPerSecond and AnonymousPermitsPerSecond must be positive.");
        return settings;
    }
}
