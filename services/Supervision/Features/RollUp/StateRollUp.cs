using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Hosting;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.RollUp;

/// <summary>Up: what is open here — cases past due, alarms, 督办 orders — rolled up like the counters (decisions 0520,
/// 0526). Each pass recounts the state rows, then sends the changed ones whole, numbered by their version, through the
/// federation outbox in the transaction that marks them sent. Rows a child rolled up here are relayed the same way;
/// rows of a division another deployment handles are marked sent without sending (that deployment sends its own).</summary>
public sealed class StateRollUp(SupervisionDbContext db, FederationOptions options, TimeProvider clock) : ISweep
{
    public static string IntervalKey => "Linkage:Supervision:RollUpInterval";

    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        if (options.Above is not { } target) return 0;
        await StateSnapshot.RecountAsync(db, ChinaTime.Today(clock), ct);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var changed = await db.Database.SqlQuery<StateRollUpRow>($"""
                SELECT "Day", "HandlingDivision", "OpenOverdue", "AlarmsRaised", "AlarmsAcknowledged", "AlarmsResolved", "Red",
                    "Yellow", "OrdersAwaiting", "OrdersReplied", "OrdersEscalated", "Version", "RolledUpFrom"
                FROM supervision.state_rollups WHERE "Version" > "PublishedVersion"
                ORDER BY "Version" LIMIT {Batch} FOR UPDATE SKIP LOCKED
                """).ToListAsync(token);
            foreach (var row in changed.Where(r => r.RolledUpFrom != "" || options.Scope.Covers(r.HandlingDivision)))
                db.PublishFederated(Message(row), new FederationRoute(StateRolledUp.Type, $"state:{row.Day:yyyyMMdd}:{row.HandlingDivision}", target));
            await db.SaveChangesAsync(token);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE supervision.state_rollups s SET "PublishedVersion" = k.v
                FROM unnest({changed.Select(r => r.Day).ToArray()}::date[], {changed.Select(r => r.HandlingDivision).ToArray()}::text[],
                    {changed.Select(r => r.Version).ToArray()}::bigint[]) AS k(d, h, v)
                WHERE s."Day" = k.d AND s."HandlingDivision" = k.h
                """, token);
            await tx.CommitAsync(token);
            return changed.Count;
        }, ct);
    }

    private static StateRolledUp Message(StateRollUpRow r) => new(r.Day, r.HandlingDivision, r.Version, new StateRolledUp.Figures(
        r.OpenOverdue, r.AlarmsRaised, r.AlarmsAcknowledged, r.AlarmsResolved, r.Red, r.Yellow, r.OrdersAwaiting, r.OrdersReplied,
        r.OrdersEscalated));
}
