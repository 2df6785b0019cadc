using System.Security.Cryptography;
using System.Text;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.RollUp;

/// <summary>Up: supervision figures rolled up (decision 0520). Counter rows changed since they were last sent go to the
/// tier above through the federation outbox, whole and numbered by their version, in the transaction that marks them
/// sent; a row changed again is sent again. Rows a child rolled up here are relayed the same way, so the province sees
/// the towns through the counties. A deployment that serves everything has no tier above and sends nothing.</summary>
public sealed class CountsRollUp(SupervisionDbContext db, FederationOptions options) : ISweep
{
    public static string IntervalKey => "Linkage:Supervision:RollUpInterval";

    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (options.Above is not { } target) return 0;
        await CountFold.AllAsync(db, ct);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var changed = await db.DailyCounts.FromSql($"""
                SELECT * FROM supervision.daily_counts WHERE "Version" > "PublishedVersion"
                ORDER BY "Version" LIMIT {Batch} FOR UPDATE SKIP LOCKED
                """).ToListAsync(token);
            foreach (var row in changed)
            {
                db.PublishFederated(Message(row), new FederationRoute(CountsRolledUp.Type, Subject(row), target));
                row.MarkPublished();
            }
            await db.SaveChangesAsync(token);
            await tx.CommitAsync(token);
            return changed.Count;
        }, ct);
    }

    /// <summary>The row's key; hashed when longer than an outbox subject may be.</summary>
    private static string Subject(DailyCount d)
    {
        var key = $"counts:{d.Day:yyyyMMdd}:{d.HandlingDivision}:{d.HandlingOrgUnitId}:{d.MatterCode}:{d.WindowId}:{d.DepartmentId}";
        return key.Length <= 200 ? key : $"counts:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
    }

    private static CountsRolledUp Message(DailyCount d) => new(d.Day, d.HandlingDivision, d.HandlingOrgUnitId, d.MatterCode,
        d.WindowId, d.DepartmentId, d.Version, new CountsRolledUp.Figures(d.Received, d.Completed, d.OnTime, d.Early, d.Instant,
            d.CompletedLate, d.StoppedWorkingDays, d.Yellow, d.Red, d.Ratings, d.GradeSum, d.Satisfied, d.Online,
            d.RectificationsClosed, d.RectificationsOverdue, d.OnSite, d.Accepted));
}
