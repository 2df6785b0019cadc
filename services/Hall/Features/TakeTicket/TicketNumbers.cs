using Linkage.Hall.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.TakeTicket;

/// <summary>The next number of a service area today: one upsert on the day's counter row, so two residents at two
/// kiosks never get the same number (the unique index on tickets backs it up).</summary>
public static class TicketNumbers
{
    public static async Task<int> NextAsync(HallDbContext db, string centre, DateOnly day, string area, CancellationToken ct)
    {
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO hall.ticket_counters ("OrgUnitId", "Day", "AreaCode", "Last") VALUES ({centre}, {day}, {area}, 1)
            ON CONFLICT ("OrgUnitId", "Day", "AreaCode") DO UPDATE SET "Last" = hall.ticket_counters."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return next.Single();
    }
}
