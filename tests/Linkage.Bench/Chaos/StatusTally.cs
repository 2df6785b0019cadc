using System.Collections.Concurrent;

namespace Linkage.Bench.Chaos;

/// <summary>What the clients saw: every answer by status code, and "refused" / "timeout" when none came.</summary>
public sealed class StatusTally
{
    private readonly ConcurrentDictionary<string, long> counts = new();

    public void Add(string status) => counts.AddOrUpdate(status, 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(counts);

    public long Of(string status) => counts.GetValueOrDefault(status);

    public override string ToString() => string.Join(" ", Snapshot().Select(c => $"{c.Key}×{c.Value}"));
}
