using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Webhooks.Messaging;

/// <summary>The active subscriptions as this process last read them, with the stamp they were read at (decision 0637).
/// The stamp (<c>webhooks.subscription_stamp</c>) is raised by a trigger on every change to the subscriptions, made by
/// any process or replica; each event reads it in the statement that reads its case's unit, and the list is read again,
/// in one statement with the stamp it belongs to, only when the event saw a newer stamp than the list's.</summary>
public sealed class Subscribers
{
    private Snapshot current = new(long.MinValue, []);

    /// <summary>The active subscriptions as of <paramref name="stamp"/> or later.</summary>
    public async Task<IReadOnlyList<Subscriber>> AtAsync(WebhooksDbContext db, long stamp, CancellationToken ct)
    {
        var seen = Volatile.Read(ref current);
        if (seen.Stamp >= stamp) return seen.List;
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT t.value AS "Stamp", s."Id", s."EventTypes", s."SubtreePrefix"
            FROM webhooks.subscription_stamp t LEFT JOIN webhooks.subscriptions s ON s."Active"
            """).ToListAsync(ct);
        var read = new Snapshot(rows[0].Stamp,
            [.. rows.Where(r => r.Id is not null).Select(r => new Subscriber(r.Id!.Value, r.EventTypes!, r.SubtreePrefix!))]);
        while (true)
        {
            var before = Volatile.Read(ref current);
            if (before.Stamp >= read.Stamp || Interlocked.CompareExchange(ref current, read, before) == before) return read.List;
        }
    }

    private sealed record Snapshot(long Stamp, IReadOnlyList<Subscriber> List);

    private sealed class Row
    {
        public long Stamp { get; init; }
        public Guid? Id { get; init; }
        public string[]? EventTypes { get; init; }
        public string? SubtreePrefix { get; init; }
    }
}

/// <summary>An active subscription as the consumer matches events against it.</summary>
public sealed record Subscriber(Guid Id, string[] EventTypes, string SubtreePrefix)
{
    public bool Wants(string type, string division) =>
        EventTypes.Contains(type, StringComparer.Ordinal) && division.StartsWith(SubtreePrefix, StringComparison.Ordinal);
}
