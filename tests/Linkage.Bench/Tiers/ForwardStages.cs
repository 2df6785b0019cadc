using Linkage.Contracts.Federation;

namespace Linkage.Bench.Tiers;

/// <summary>Where a forwarded case waited between the station's receipt and its arrival at the city, from timestamps
/// the two databases hold (one machine, one clock): the town's <c>case-forwarded</c> outbox row written (its
/// <c>created_at</c>, the request's clock before its save), the row marked dispatched (<c>dispatched_at</c>: the
/// save's commit, the round's claim, signing, publish and the broker's confirm; the mark's statement time), the case
/// marked arrived by the city's round (<c>ArrivedAt</c>, the handler's clock: the links, the city's delivery, batching,
/// admission and the round's read), and that round's save begun (its inbox row's <c>processed_at</c>, the save
/// transaction's start, after the round's handlers). A stage may read below zero when the city marked the case
/// arrived before the town's mark statement ran.</summary>
public static class ForwardStages
{
    private sealed record Times(DateTimeOffset Received, DateTimeOffset Written, DateTimeOffset? Committed, DateTimeOffset Dispatched,
        DateTimeOffset Arrived, DateTimeOffset Saved);

    /// <summary>The town's rows are read by subject in one pass of its outbox, not joined to its cases (a join on the
    /// subject's text took seconds in a run of 1,300 cases).</summary>
    public static async Task<string> ReadAsync(TierLedger ledger, IReadOnlyDictionary<Guid, DateTimeOffset> received, IReadOnlyDictionary<Guid, DateTimeOffset> arrived,
        HopTaps? taps = null)
    {
        var town = await ledger.RowsAsync("town", $"""
            SELECT subject, id, created_at, dispatched_at FROM intake.outbox_messages
            WHERE kind = 'federation' AND message_type = '{CaseForwarded.Type}' AND subject = ANY($1) AND dispatched_at IS NOT NULL
            """, arrived.Keys.Select(id => id.ToString()).ToArray(), r => (Case: Guid.Parse(r.GetString(0)), Event: r.GetGuid(1),
                Written: r.GetFieldValue<DateTimeOffset>(2), Dispatched: r.GetFieldValue<DateTimeOffset>(3)));
        var saved = (await ledger.RowsAsync("city",
                "SELECT message_id, processed_at FROM intake.inbox_messages WHERE consumer LIKE '%CaseForwardedHandler' AND message_id = ANY($1)",
                town.Select(t => t.Event).ToArray(), r => (Event: r.GetGuid(0), At: r.GetFieldValue<DateTimeOffset>(1))))
            .ToDictionary(r => r.Event, r => r.At);
        var committed = await CommittedAsync(ledger, arrived.Keys.ToArray());
        var cases = town.Where(t => saved.ContainsKey(t.Event) && received.ContainsKey(t.Case))
            .Select(t => new Times(received[t.Case], t.Written, committed.GetValueOrDefault(t.Case), t.Dispatched, arrived[t.Case], saved[t.Event]))
            .ToList();
        if (cases.Count == 0) return "no forwarded case has all its stages recorded";
        string Of(Func<Times, TimeSpan> stage, IEnumerable<Times>? some = null) => HopSplit.Percentiles((some ?? cases).Select(stage));
        // A row changed after its dispatch reads that later commit: left out of the commit's split, and counted.
        var kept = cases.Where(c => c.Committed <= c.Dispatched).ToList();
        var written = cases.All(c => c.Committed is not null)
            ? $"written to the save committed {Of(c => c.Committed!.Value - c.Written, kept)}; committed to dispatched (the wake-up, the outbox " +
              $"round's claim, signing, publish and confirm, the mark) {Of(c => c.Dispatched - c.Committed!.Value, kept)}" +
              (kept.Count < cases.Count ? $" ({cases.Count - kept.Count} cases left out of these two: their row changed after the dispatch)" : "")
            : $"written to dispatched (the save's commit, the outbox round's claim, signing, publish and confirm, the mark) " +
              $"{Of(c => c.Dispatched - c.Written)}";
        return $"where a forwarded case waited ({cases.Count} cases): station received to its case-forwarded row written " +
            $"{Of(c => c.Written - c.Received)}; {written}; dispatched to arrived (the links, the city's delivery, batching, " +
            $"admission, the round's read) {Of(c => c.Arrived - c.Dispatched)}; arrived to the city round's save begun {Of(c => c.Saved - c.Arrived)}" +
            (taps is null ? "" : $"\n  {HopSplit.Of(taps.Times, town.Select(t => (t.Event, t.Dispatched, arrived[t.Case])))}");
    }

    /// <summary>When each case's save committed at the town, where the server keeps commit times
    /// (<c>track_commit_timestamp</c>, which <c>./platform up</c> turns on): its row's inserting transaction. A case row
    /// updated since (the city's status changes coming back) reads that later commit, and is left out of the split; empty where the
    /// setting is off.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> CommittedAsync(TierLedger ledger, Guid[] ids)
    {
        var on = await ledger.RowsAsync("town", "SELECT current_setting('track_commit_timestamp') = 'on' AND $1", true, r => r.GetBoolean(0));
        if (!on[0]) return [];
        return (await ledger.RowsAsync("town", """
                SELECT "Id", pg_xact_commit_timestamp(xmin) FROM intake.cases WHERE "Id" = ANY($1) AND pg_xact_commit_timestamp(xmin) IS NOT NULL
                """, ids, r => (Case: r.GetGuid(0), At: r.GetFieldValue<DateTimeOffset>(1))))
            .ToDictionary(r => r.Case, r => r.At);
    }
}
