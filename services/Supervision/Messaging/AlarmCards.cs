using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

internal static class AlarmCards
{
    /// <summary>One card per reported fact and kind, however often it is reported: a report handled at the same time
    /// as another fails on the card's key, and its retry finds the card.</summary>
    public static async Task RaiseOnceAsync(SupervisionDbContext db, Alarm alarm, CancellationToken ct)
    {
        if (!await db.Alarms.AnyAsync(a => a.Id == alarm.Id, ct)) db.Alarms.Add(alarm);
    }
}
