using Linkage.ServiceDefaults.Auth;

namespace Linkage.Bench.Seeding;

/// <summary>Callers the demo users do not include, signed with the same development key.</summary>
public static class BenchUsers
{
    public const string Province = "350000000000";

    /// <summary>省电子监察室: a supervisor whose subtree is the whole demo province.</summary>
    public static readonly DemoUser ProvinceSupervisor = new("bench-supervisor-province", "省电子监察室", ["supervisor"], Province);
}
