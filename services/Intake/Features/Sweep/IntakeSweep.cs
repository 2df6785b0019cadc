using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Intake.Features.Sweep;

/// <summary>One pass over the cases whose time ran out: received cases with no notice within 5 working days count
/// as accepted from the receipt date (行政许可法 Art. 32); 容缺 cases not supplied by the committed date are
/// terminated with a notice. Rows are claimed FOR UPDATE SKIP LOCKED, so replicas sweep disjoint batches.</summary>
public sealed class IntakeSweep(IntakeDbContext db, TimeProvider clock) : ISweep
{
    public static string IntervalKey => "Intake:SweepInterval";

    public const int NoticeWorkingDays = 5;
    private const int Batch = 100;
    private readonly CaseSaves saves = new(db, clock);

    public Task<int> RunAsync(CancellationToken ct) => db.InTransactionAsync(SweepAsync, ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.ToLocalDate(now);
        var receivedBefore = now.AddDays(-NoticeWorkingDays); // 5 working days span at least 5 calendar days
        var received = await db.Cases.FromSql($"""
            SELECT *, xmin FROM intake.cases WHERE "Status" = 'Received' AND "ReceivedAt" < {receivedBefore}
            ORDER BY "ReceivedAt" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        var overdue = await db.Cases.FromSql($"""
            SELECT *, xmin FROM intake.cases WHERE "Status" = 'Accepted' AND "SupplyBy" < {today}
            ORDER BY "SupplyBy" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);

        var changed = 0;
        foreach (var c in received.Where(c => NoticeLapsed(c, today)))
        {
            c.DeemAccepted(now);
            changed++;
        }
        foreach (var c in overdue)
        {
            c.Terminate(now);
            changed++;
        }
        if (!await saves.SaveAsync(ct)) return 0; // the rows are locked, so this cannot happen; the next pass would retry
        await tx.CommitAsync(ct);
        return changed;
    }

    private static bool NoticeLapsed(IntakeCase c, DateOnly today) =>
        today > WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(c.ReceivedAt), NoticeWorkingDays);
}
