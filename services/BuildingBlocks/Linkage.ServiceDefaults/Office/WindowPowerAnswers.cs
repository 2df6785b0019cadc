using Linkage.ServiceDefaults.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Linkage.ServiceDefaults.Office;

/// <summary>The office's answers to <see cref="WindowPowers"/> kept in this process (decision 0620): a letter changes
/// rarely and every window act asks. Every key carries the generation, and <see cref="Invalidate"/> (a letter changed:
/// the office's event, or the office's own save in this process) bumps it, so an answer asked before a change is never
/// served after it, even if its reply arrives late. Entries also expire after <see cref="Lifetime"/>, which bounds what
/// a lost event could leave stale.</summary>
public sealed class WindowPowerAnswers(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public bool TryGet(long at, WindowAct act, out string? refusal)
    {
        refusal = null;
        if (!cache.TryGetValue(new Key(at, act), out Answer? answer)) return false;
        refusal = answer!.Refusal;
        return true;
    }

    public void Keep(long at, WindowAct act, string? refusal) => cache.Set(new Key(at, act), new Answer(refusal), ProcessCache.Entry(Lifetime));

    public void Invalidate() => Interlocked.Increment(ref generation);

    private sealed record Key(long Generation, WindowAct Act);

    private sealed record Answer(string? Refusal);
}
