using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>A sweep's open cards, taken before it decides on them (decision 0714): the open alarms of
/// <paramref name="kinds"/> on its claimed cases, locked FOR NO KEY UPDATE until it commits, in key order. An
/// acknowledgement or a resolution saved at the same moment is waited for, and the card is read as it committed it: the
/// sweep resolves it with that acknowledgement kept, or finds it resolved already and leaves it; its save never loses on
/// the card's row version. A request that read the card before the sweep took it loses its own save instead and reads
/// the card again (0710). The request's transaction is one save, so the wait is short; skipping the card instead would
/// have the sweep raise it a second time.</summary>
public static class OpenCards
{
    public static Task<List<Alarm>> TakeAsync(SupervisionDbContext db, IReadOnlyCollection<Guid> caseIds, IEnumerable<AlarmKind> kinds,
        CancellationToken ct)
    {
        var (ids, names) = (caseIds.ToArray(), kinds.Select(k => k.ToString()).ToArray());
        return db.Alarms.FromSql($"""
            SELECT a.*, a.xmin FROM supervision.alarms a
            WHERE a."CaseId" = ANY({ids}) AND a."Kind" = ANY({names}) AND a."ResolvedAt" IS NULL
            ORDER BY a."Id" FOR NO KEY UPDATE
            """).ToListAsync(ct);
    }
}
