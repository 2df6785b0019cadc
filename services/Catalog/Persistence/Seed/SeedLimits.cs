using Linkage.Kernel;

namespace Linkage.Catalog.Persistence.Seed;

internal static class SeedLimits
{
    public static HandlingTimeLimit Days(int workingDays) => new(workingDays, TimeLimitUnit.WorkingDays);
}
