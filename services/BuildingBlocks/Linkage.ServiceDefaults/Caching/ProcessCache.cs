using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.ServiceDefaults.Caching;

/// <summary>The process's one shared <see cref="IMemoryCache"/> (the catalog's answers to other modules, seal signers
/// and seal verdicts, published rating sums), bounded in entries: its keys come from input — certificates verified,
/// matters resolved — so without a bound it grows with what the process has seen. Every entry counts 1
/// (<see cref="Entry"/>); once full, a new entry is not kept until a compaction makes room.</summary>
public static class ProcessCache
{
    public const long MaxEntries = 20_000;

    public static IServiceCollection AddProcessCache(this IServiceCollection services) =>
        services.AddMemoryCache(o => o.SizeLimit = MaxEntries);

    /// <summary>The options of an entry that lives <paramref name="lifetime"/> from now.</summary>
    public static MemoryCacheEntryOptions Entry(TimeSpan lifetime) => new() { Size = 1, AbsoluteExpirationRelativeToNow = lifetime };
}
