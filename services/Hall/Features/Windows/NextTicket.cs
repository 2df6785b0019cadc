using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Windows;

/// <summary>The next waiting ticket a window may call, locked for this transaction. An appointment whose slot has
/// begun goes first (by slot), then everyone by the time they took their ticket. SKIP LOCKED: a ticket another
/// window is calling right now is passed over, never handed out twice and never waited on.</summary>
public static class NextTicket
{
    public static Task<Ticket?> ClaimAsync(HallDbContext db, HallWindow window, DateOnly day, DateTimeOffset now, CancellationToken ct) =>
        db.Tickets.FromSql($"""
            SELECT * FROM hall.tickets
            WHERE "OrgUnitId" = {window.OrgUnitId} AND "Day" = {day} AND "Status" = 'Waiting' AND "AreaCode" = ANY({window.AreaCodes})
            ORDER BY CASE WHEN "SlotAt" <= {now} THEN 0 ELSE 1 END,
                     CASE WHEN "SlotAt" <= {now} THEN "SlotAt" ELSE "TakenAt" END, "Sequence"
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """).FirstOrDefaultAsync(ct);
}
