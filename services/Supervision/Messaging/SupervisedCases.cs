using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

public static class SupervisedCases
{
    /// <summary>The watched cases among <paramref name="ids"/>, tracked, in one statement: a round's handlers then find
    /// them (<c>loaded</c>) without a read each.</summary>
    public static Task LoadAsync(SupervisionDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var some = ids.Distinct().ToList();
        return db.Cases.Where(c => some.Contains(c.Id)).LoadAsync(ct);
    }

    /// <summary>The watched case, or a new one added to the context, its receipt queued on the round's
    /// <paramref name="receipts"/>; with <paramref name="loaded"/>, the case as <see cref="LoadAsync"/> put it in the
    /// tracker, or none. Two first events racing on one case: the loser's insert fails on the key and its retry finds the
    /// row.</summary>
    public static async Task<SupervisedCase> FindOrWatchAsync(SupervisionDbContext db, CaseFacts facts, Receipts receipts, CancellationToken ct,
        bool loaded = false)
    {
        var found = loaded ? db.Tracked<SupervisedCase>(c => c.Id == facts.CaseId) : await db.Cases.FirstOrDefaultAsync(c => c.Id == facts.CaseId, ct);
        if (found is not null) return found;
        var watched = SupervisedCase.Watch(facts);
        db.Cases.Add(watched);
        DailyCounts.Add(db, watched, watched.AcceptedDay, Tally.Acceptance); // accepted once: when first watched
        receipts.Add(Receipt.Of(watched, facts.ReceivedOn ?? watched.AcceptedDay)); // unless CaseSubmitted did (0509)
        return watched;
    }
}
