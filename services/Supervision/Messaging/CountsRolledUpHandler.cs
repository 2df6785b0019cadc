using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>Keeps a child deployment's counter row as it stands (decision 0520): the highest version wins, so a
/// replay or an older version arriving late changes nothing. A row of a division this deployment serves itself is its
/// own figures sent back, and is refused (quarantined): counting it would count those facts twice. A child that does not
/// send <c>Accepted</c> yet counted acceptances as received (0586): that figure is its accepted one, and its received is not
/// known apart from it (decision 0509).</summary>
public sealed class CountsRolledUpHandler(SupervisionDbContext db, FederationOptions options)
    : FederationInboxHandler<CountsRolledUp, SupervisionDbContext>(db)
{
    protected override bool Ordered => false; // every row carries its whole state

    protected override Task Handle(FederationEvent envelope, CountsRolledUp r, CancellationToken ct)
    {
        if (options.Scope.Covers(r.HandlingDivision))
            throw new FederationRefusedException($"{envelope.Signer} rolled up figures of {r.HandlingDivision}, which this deployment counts itself");
        var c = r.Counts;
        return Db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO supervision.daily_counts AS d ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId",
                "DepartmentId", "Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow",
                "Red", "Ratings", "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue", "OnSite", "Accepted", "Version",
                "PublishedVersion", "RolledUpFrom")
            VALUES ({r.Day}, {r.HandlingDivision}, {r.HandlingOrgUnitId}, {r.MatterCode}, {r.WindowId}, {r.DepartmentId}, {c.Received},
                {c.Completed}, {c.OnTime}, {c.Early}, {c.Instant}, {c.CompletedLate}, {c.StoppedWorkingDays}, {c.Yellow}, {c.Red},
                {c.Ratings}, {c.GradeSum}, {c.Satisfied}, {c.Online}, {c.RectificationsClosed}, {c.RectificationsOverdue}, {c.OnSite}, {c.Accepted ?? c.Received}, {r.Sequence},
                0, {envelope.Signer})
            ON CONFLICT ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId", "DepartmentId") DO UPDATE SET
                "Received" = EXCLUDED."Received", "Completed" = EXCLUDED."Completed", "OnTime" = EXCLUDED."OnTime",
                "Early" = EXCLUDED."Early", "Instant" = EXCLUDED."Instant", "CompletedLate" = EXCLUDED."CompletedLate",
                "StoppedWorkingDays" = EXCLUDED."StoppedWorkingDays", "Yellow" = EXCLUDED."Yellow", "Red" = EXCLUDED."Red",
                "Ratings" = EXCLUDED."Ratings", "GradeSum" = EXCLUDED."GradeSum", "Satisfied" = EXCLUDED."Satisfied",
                "Online" = EXCLUDED."Online", "RectificationsClosed" = EXCLUDED."RectificationsClosed",
                "RectificationsOverdue" = EXCLUDED."RectificationsOverdue", "OnSite" = EXCLUDED."OnSite", "Accepted" = EXCLUDED."Accepted", "Version" = EXCLUDED."Version",
                "RolledUpFrom" = EXCLUDED."RolledUpFrom"
            WHERE d."Version" < EXCLUDED."Version" AND d."RolledUpFrom" <> ''
            """, ct);
    }
}
