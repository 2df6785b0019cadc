namespace Linkage.Messaging;

/// <summary>An aggregate's rows of one kind: published in sequence (decisions 0010, 0700).</summary>
internal readonly record struct OutboxLane(string AggregateId, OutboxKind Kind)
{
    public static OutboxLane Of(OutboxRow row) => new(row.AggregateId, row.Kind);
}

/// <summary>The lanes a round in flight holds, and those of them that a later claim skipped with rows waiting behind
/// the round's (decision 0850). The round takes those rows itself, in its own transaction, once its rows of the lane
/// are confirmed, instead of leaving them to a claim after its commit. It is asked until it stops taking (before its
/// mark); a lane asked after that waits for the round's end, as before (0761).</summary>
internal sealed class OutboxHeldLanes
{
    private readonly object gate = new();
    private readonly Dictionary<long, OutboxLane> byHead;
    private readonly Dictionary<OutboxLane, long> last;
    private readonly HashSet<OutboxLane> asked = [];
    private bool closed;

    /// <summary>Each live lane of the claimed rows by its first row, which is its lane's head while the round holds it,
    /// and its last; a parked row is a lane of its own and holds nothing back (0311).</summary>
    public OutboxHeldLanes(IReadOnlyList<OutboxRow> rows, int maxAttempts)
    {
        var lanes = rows.Where(r => r.Attempts < maxAttempts).GroupBy(OutboxLane.Of).ToList();
        byHead = lanes.ToDictionary(g => g.Min(r => r.Sequence), g => g.Key);
        last = lanes.ToDictionary(g => g.Key, g => g.Max(r => r.Sequence));
    }

    /// <summary>Takes from <paramref name="waiting"/> (a skipped head → its lane's last due row) the heads this round
    /// holds; false when rows wait past its own in one of them but it takes no more rows, so its end must claim again.
    /// A lane whose due rows are all the round's already asks for nothing.</summary>
    public bool Ask(IDictionary<long, long> waiting)
    {
        lock (gate)
        {
            var held = new List<OutboxLane>();
            foreach (var (head, lane) in byHead)
                if (waiting.Remove(head, out var due) && due > last[lane]) held.Add(lane);
            if (held.Count == 0) return true;
            if (closed) return false;
            asked.UnionWith(held);
            return true;
        }
    }

    /// <summary>The lanes asked for since the last call, but <paramref name="failed"/>'s (their later rows wait behind
    /// the failure, and are due again once it parks: its end claims again), each with the last row the round holds of
    /// it; when there are none the round takes no more rows.</summary>
    public List<(OutboxLane Lane, long After)> Take(IReadOnlyCollection<OutboxLane> failed)
    {
        lock (gate)
        {
            LeftAsked |= asked.Overlaps(failed);
            asked.ExceptWith(failed);
            closed = asked.Count == 0;
            var lanes = asked.Select(l => (l, last[l])).ToList();
            asked.Clear();
            return lanes;
        }
    }

    /// <summary>Rows the round took behind its own: the lanes' last rows it holds move on.</summary>
    public void Took(IEnumerable<OutboxRow> rows)
    {
        lock (gate)
            foreach (var r in rows)
                last[OutboxLane.Of(r)] = Math.Max(last[OutboxLane.Of(r)], r.Sequence);
    }

    /// <summary>Takes no more rows: asked from now on, it answers that its end must claim again.</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
            LeftAsked |= asked.Count > 0;
        }
    }

    /// <summary>A take behind stopped at its bound: rows may be left behind it, so its end claims again.</summary>
    public void LeftBehind()
    {
        lock (gate) LeftAsked = true;
    }

    /// <summary>Lanes were asked for that the round did not take all of (it closed, one failed, or a take stopped at
    /// its bound): its end must claim again.</summary>
    public bool LeftAsked { get; private set; }
}
