using Linkage.Bench.Seeding;

namespace Linkage.Bench.Verification;

/// <summary>Anonymous verification of one licence by many residents at once, each from its own loopback address
/// (<see cref="LoopbackClient"/>).</summary>
public sealed class VerifyRun(Uri gateway, string identifier)
{
    public Task<LoadResult> RunAsync(int clients, TimeSpan duration) =>
        ReadLoop.RunAsync("verify", gateway, $"/api/certificates/verify/{identifier}", null, clients, duration);
}
