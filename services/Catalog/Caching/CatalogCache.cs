using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Caching.Memory;

namespace Linkage.Catalog.Caching;

/// <summary>Catalog answers kept in this process (decision 0041). Every key carries the generation, and
/// <see cref="Invalidate"/> bumps it: an answer loaded before a change is never served after it, even if its load
/// finishes late. Entries also expire after a short TTL, which bounds staleness for changes made by another replica.
/// The cache is the module's own, not the host's shared <c>IMemoryCache</c>, bounded in approximate bytes and in
/// entries at once (decision 0682): an answer counts its <see cref="ApproximateBytes"/>, and never less than
/// <c>maxBytes / maxEntries</c>, so neither more than <c>maxEntries</c> answers nor more than <c>maxBytes</c> fit.</summary>
public sealed class CatalogCache(long maxBytes = CatalogCache.MaxBytes, int maxEntries = CatalogCache.MaxEntries) : IDisposable
{
    public const int MaxEntries = 50_000;

    public const long MaxBytes = 48L * 1024 * 1024;

    private static readonly JsonSerializerOptions SizeJson = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // not a wire format
    };

    private readonly MemoryCache memory = new(new MemoryCacheOptions { SizeLimit = maxBytes, TrackStatistics = true });
    private readonly long minEntryBytes = Math.Max(1, maxBytes / maxEntries);
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    /// <summary>What the answers held count now, in approximate bytes.</summary>
    public long HeldBytes => memory.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public int HeldEntries => memory.Count;

    /// <summary>The cached answer, or one load shared by concurrent callers (a caller's cancellation ends its
    /// wait, not the shared load). Failed loads are not kept; a loaded answer is kept at its size, or dropped when
    /// that does not fit.</summary>
    public Task<T> GetOrLoadAsync<T>(object key, TimeSpan lifetime, Func<CancellationToken, Task<T>> load, CancellationToken ct)
    {
        var stamped = new StampedKey(Generation, key);
        if (memory.TryGetValue(stamped, out Task<T>? cached)) return cached!.WaitAsync(ct);

        var loaded = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var expires = DateTimeOffset.UtcNow + lifetime;
        memory.Set(stamped, loaded.Task, Entry(minEntryBytes, expires));
        _ = LoadAsync(stamped, loaded, expires, load);
        return loaded.Task.WaitAsync(ct);
    }

    /// <summary>Call after every committed catalog change.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref generation);
        memory.Clear();
    }

    public void Dispose() => memory.Dispose();

    /// <summary>Loads, then gives the entry its size before any caller sees the answer.</summary>
    private async Task LoadAsync<T>(StampedKey key, TaskCompletionSource<T> loaded, DateTimeOffset expires, Func<CancellationToken, Task<T>> load)
    {
        try
        {
            var value = await load(CancellationToken.None);
            if (Holds(key, loaded.Task)) _ = memory.Set(key, loaded.Task, Entry(Math.Max(minEntryBytes, ApproximateBytes(value)), expires));
            loaded.SetResult(value);
        }
        catch (Exception e)
        {
            if (Holds(key, loaded.Task)) memory.Remove(key);
            loaded.SetException(e);
        }
    }

    private bool Holds<T>(StampedKey key, Task<T> task) => memory.TryGetValue(key, out Task<T>? held) && held == task;

    /// <summary>The answer's JSON length twice over: strings are UTF-16 in memory, and objects carry headers and
    /// references. An estimate, one serialization per load (a load is a query to PostgreSQL).</summary>
    public static long ApproximateBytes<T>(T value)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, SizeJson).LongLength * 2;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return 0; // counted at the floor
        }
    }

    private static MemoryCacheEntryOptions Entry(long size, DateTimeOffset expires) => new() { Size = size, AbsoluteExpiration = expires };

    private sealed record StampedKey(long Generation, object Key);
}
