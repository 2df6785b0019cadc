using Linkage.Contracts.Events.Ratings;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Ratings.Features.Sweep;

/// <summary>One pass over the bad ratings whose time ran out: a return visit not made by its day, a rectification
/// not fed back by its deadline (a mirror kept for another deployment's rater is that deployment's to sweep). Each
/// raises its alarm for supervision once, through the outbox. Rows are claimed
/// FOR UPDATE SKIP LOCKED, so replicas sweep disjoint batches.</summary>
public sealed class OverdueSweep(RatingsDbContext db, TimeProvider clock) : ISweep
{
    public static string IntervalKey => "Ratings:SweepInterval";

    private const int Batch = 100;

    public Task<int> RunAsync(CancellationToken ct) => db.InTransactionAsync(SweepAsync, ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.ToLocalDate(now);
        var visits = await db.Rectifications.FromSql($"""
            SELECT *, xmin FROM ratings.rectifications WHERE "Status" = 'Open' AND NOT "Mirror" AND NOT "VisitOverdueRaised" AND "VisitDue" < {today}
            ORDER BY "VisitDue" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        var late = await db.Rectifications.FromSql($"""
            SELECT *, xmin FROM ratings.rectifications WHERE "Status" IN ('Open', 'Visited', 'Rectifying') AND NOT "Mirror" AND NOT "OverdueRaised"
            AND "Deadline" < {today} ORDER BY "Deadline" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        foreach (var r in visits)
        {
            r.RaiseVisitOverdue();
            db.Steps.Add(RectificationStep.Of(r.Id, "visit-overdue", "system", now));
            db.Publish(new ReturnVisitOverdue(r.Id, r.MatterCode, r.HandlingOrgUnitId, r.HandlingDivision, r.VisitDue!.Value, now), r.Id.ToString());
        }
        foreach (var r in late)
        {
            r.RaiseOverdue();
            db.Steps.Add(RectificationStep.Of(r.Id, "overdue", "system", now));
            db.Publish(new RectificationOverdue(r.Id, r.MatterCode, r.HandlingOrgUnitId, r.HandlingDivision, r.Deadline!.Value, now), r.Id.ToString());
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return visits.Count + late.Count;
    }
}
