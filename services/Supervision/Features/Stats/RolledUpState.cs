using Linkage.Kernel;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Stats;

/// <summary>What the child deployments of a subtree have open (decision 0526), per child region: cases past due (by due
/// date in the period), alarms (raised in the period) by state and level, 督办 orders (issued in the period) by state.</summary>
public sealed record RolledUpState(
    string Key, int OpenOverdue, int AlarmsRaised, int AlarmsAcknowledged, int AlarmsResolved, int Red, int Yellow,
    int OrdersAwaiting, int OrdersReplied, int OrdersEscalated)
{
    public static async Task<IReadOnlyList<RolledUpState>> ByChildRegionAsync(SupervisionDbContext db, Subtree subtree, Period p, CancellationToken ct)
    {
        var parent = DivisionCode.Parse(subtree.Division);
        var rows = await db.Database.SqlQuery<RolledUpState>($"""
            SELECT substring("HandlingDivision", 1, {BreakdownKeys.ChildLength(parent)}) AS "Key", sum("OpenOverdue")::int AS "OpenOverdue",
                sum("AlarmsRaised")::int AS "AlarmsRaised", sum("AlarmsAcknowledged")::int AS "AlarmsAcknowledged",
                sum("AlarmsResolved")::int AS "AlarmsResolved", sum("Red")::int AS "Red", sum("Yellow")::int AS "Yellow",
                sum("OrdersAwaiting")::int AS "OrdersAwaiting", sum("OrdersReplied")::int AS "OrdersReplied",
                sum("OrdersEscalated")::int AS "OrdersEscalated"
            FROM supervision.state_rollups
            WHERE "RolledUpFrom" <> '' AND "HandlingDivision" LIKE {subtree.Pattern} AND "Day" >= {p.From} AND "Day" <= {p.To}
            GROUP BY 1 ORDER BY 1
            """).ToListAsync(ct);
        return rows.Select(r => r with { Key = r.Key.PadRight(12, '0') }).ToList();
    }

    /// <summary>The child deployments' open cases past a due date in the period, for <c>/stats</c>.</summary>
    public static Task<int> OpenOverdueAsync(SupervisionDbContext db, string subtreePattern, Period p, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"""
            SELECT coalesce(sum("OpenOverdue"), 0)::int AS "Value" FROM supervision.state_rollups
            WHERE "RolledUpFrom" <> '' AND "HandlingDivision" LIKE {subtreePattern} AND "Day" >= {p.From} AND "Day" <= {p.To}
            """).SingleAsync(ct);
}
