using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

public static class SupervisedCases
{
    /// <summary>The watched case, or a new one added to the context. Two first events racing on one case:
    /// the loser's insert fails on the key and its retry finds the row.</summary>
    public static async Task<SupervisedCase> FindOrWatchAsync(SupervisionDbContext db, CaseFacts facts, CancellationToken ct)
    {
        var found = await db.Cases.FirstOrDefaultAsync(c => c.Id == facts.CaseId, ct);
        if (found is not null) return found;
        var watched = SupervisedCase.Watch(facts);
        db.Cases.Add(watched);
        DailyCounts.Add(db, watched, watched.AcceptedDay, Tally.Acceptance); // accepted once: when first watched
        await Receipts.CountAsync(db, Receipt.Of(watched, facts.ReceivedOn ?? watched.AcceptedDay), ct); // unless CaseSubmitted did (0509)
        return watched;
    }
}
