using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>Keeps a child deployment's open state for a division and day as it stands (decision 0526), as the counter
/// rows are kept (0520): the highest version wins, and a row of a division this deployment serves itself is refused.</summary>
public sealed class StateRolledUpHandler(SupervisionDbContext db, FederationOptions options)
    : FederationInboxHandler<StateRolledUp, SupervisionDbContext>(db)
{
    protected override bool Ordered => false; // every row carries its whole state

    protected override Task Handle(FederationEvent envelope, StateRolledUp r, CancellationToken ct)
    {
        if (options.Scope.Covers(r.HandlingDivision))
            throw new FederationRefusedException($"{envelope.Signer} rolled up the open state of {r.HandlingDivision}, which this deployment keeps itself");
        var s = r.State;
        return Db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO supervision.state_rollups AS d ("Day", "HandlingDivision", "OpenOverdue", "AlarmsRaised", "AlarmsAcknowledged",
                "AlarmsResolved", "Red", "Yellow", "OrdersAwaiting", "OrdersReplied", "OrdersEscalated", "Version", "PublishedVersion",
                "RolledUpFrom")
            VALUES ({r.Day}, {r.HandlingDivision}, {s.OpenOverdue}, {s.AlarmsRaised}, {s.AlarmsAcknowledged}, {s.AlarmsResolved},
                {s.Red}, {s.Yellow}, {s.OrdersAwaiting}, {s.OrdersReplied}, {s.OrdersEscalated}, {r.Sequence}, 0, {envelope.Signer})
            ON CONFLICT ("Day", "HandlingDivision") DO UPDATE SET "OpenOverdue" = EXCLUDED."OpenOverdue",
                "AlarmsRaised" = EXCLUDED."AlarmsRaised", "AlarmsAcknowledged" = EXCLUDED."AlarmsAcknowledged",
                "AlarmsResolved" = EXCLUDED."AlarmsResolved", "Red" = EXCLUDED."Red", "Yellow" = EXCLUDED."Yellow",
                "OrdersAwaiting" = EXCLUDED."OrdersAwaiting", "OrdersReplied" = EXCLUDED."OrdersReplied",
                "OrdersEscalated" = EXCLUDED."OrdersEscalated", "Version" = EXCLUDED."Version", "RolledUpFrom" = EXCLUDED."RolledUpFrom"
            WHERE d."Version" < EXCLUDED."Version" AND d."RolledUpFrom" <> ''
            """, ct);
    }
}
