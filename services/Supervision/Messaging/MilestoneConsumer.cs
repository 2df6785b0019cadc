using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>A consumer of events that start, end or arm steps (<see cref="MilestoneChanges"/>): the events waiting on its
/// queue are applied as one round in one transaction, their steps taken, changed and written back together at its end,
/// where they are locked until the commit (decision 0676); the receipts they count go in before them, in one statement (0703)
/// sent with the steps' take (0750).</summary>
public abstract class MilestoneConsumer<T>(SupervisionDbContext db, TimeProvider clock) : InboxBatchConsumer<T, SupervisionDbContext>(db)
    where T : class
{
    protected MilestoneChanges Steps { get; } = new();

    protected Receipts Receipts { get; } = new();

    protected TimeProvider Clock => clock;

    protected override bool AppliesInTransaction => true;

    protected sealed override Task Prepare(IReadOnlyList<T> messages, CancellationToken ct)
    {
        Steps.Clear();
        Receipts.Clear();
        return Read(messages, ct);
    }

    /// <summary>What the round's handlers read, for all its messages at once.</summary>
    protected virtual Task Read(IReadOnlyList<T> messages, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The round's cases watched here, read in one statement; a case not watched yet is missing.</summary>
    protected Task<Dictionary<Guid, SupervisedCase>> WatchedAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return Db.Cases.AsNoTracking().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    /// <summary>The receipts first, then the steps, in key order each; both in one round trip (decision 0750).</summary>
    protected override Task Conclude(CancellationToken ct) => Steps.ApplyAsync(Db, clock.GetUtcNow(), ct, Receipts);
}
