namespace Linkage.Messaging;

/// <summary>A round's rows as chains that are published side by side: a lane's live rows (an aggregate's rows of one kind, 0700), in sequence, each
/// published once the one before it is confirmed (decision 0692); a parked row on its own, as it no longer holds its
/// aggregate back (0311). A chain stops at its first failure: the rows after it are left as they were, pending, and
/// go out after it.</summary>
internal static class OutboxChains
{
    public static async Task<(List<OutboxRow> Rows, PublishResult[] Results)> PublishAsync(
        IReadOnlyList<OutboxRow> rows, SignedRow[] signed, OutboxRowPublisher publisher, int maxAttempts, CancellationToken ct)
    {
        var chains = Enumerable.Range(0, rows.Count)
            .GroupBy(i => rows[i].Attempts >= maxAttempts ? (Parked: true, Key: rows[i].Id.ToString()) : (Parked: false, Key: $"{rows[i].Kind}:{rows[i].AggregateId}"));
        var tried = await Task.WhenAll(chains.Select(chain => InOrderAsync(chain, rows, signed, publisher, ct)));
        var published = tried.SelectMany(t => t).ToList();
        return (published.Select(p => rows[p.Index]).ToList(), published.Select(p => p.Result).ToArray());
    }

    private static async Task<List<(int Index, PublishResult Result)>> InOrderAsync(
        IEnumerable<int> chain, IReadOnlyList<OutboxRow> rows, SignedRow[] signed, OutboxRowPublisher publisher, CancellationToken ct)
    {
        var tried = new List<(int, PublishResult)>();
        foreach (var i in chain)
        {
            var result = await publisher.PublishAsync(rows[i], signed[i], ct);
            tried.Add((i, result));
            if (result.Error is not null) break;
        }
        return tried;
    }
}
