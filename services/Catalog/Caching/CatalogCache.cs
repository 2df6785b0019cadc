using Microsoft.Extensions.Caching.Memory;

namespace Linkage.Catalog.Caching;

/// <summary>Catalog answers kept in this process (decision 0041). Every key carries the generation, and
/// <see cref="Invalidate"/> bumps it: an answer loaded before a change is never served after it, even if its load
/// finishes late. Entries also expire after a short TTL, which bounds staleness for changes made by another replica.
/// The cache is the module's own (bounded in entries), not the host's shared <c>IMemoryCache</c>.</summary>
public sealed class CatalogCache : IDisposable
{
    public const int MaxEntries = 50_000;

    private readonly MemoryCache memory = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    /// <summary>The cached answer, or one load shared by concurrent callers (a caller's cancellation ends its
    /// wait, not the shared load). Failed loads are not kept.</summary>
    public Task<T> GetOrLoadAsync<T>(object key, TimeSpan lifetime, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        var stamped = new StampedKey(Generation, key);
        if (memory.TryGetValue(stamped, out Task<T>? cached)) return cached!.WaitAsync(ct);

        var loading = load(CancellationToken.None);
        memory.Set(stamped, loading, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        _ = loading.ContinueWith(_ => memory.Remove(stamped), CancellationToken.None,
            TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return loading.WaitAsync(ct);
    }

    /// <summary>Call after every committed catalog change.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        memory.Clear();
    }

    public void Dispose() => memory.Dispose();

    private sealed record StampedKey(long Generation, object Key);
}
