using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Stats;

/// <summary>All counts in one round trip. Received = accepted in the period; completed, on-time, early, instant =
/// completed in the period; overdue = completed late in the period plus still open past a due date in the period.</summary>
public static class StatsQuery
{
    public static async Task<StatsCounts> CountAsync(SupervisionDbContext db, string subtreePattern, CallerContext caller, Period p, DateOnly today, CancellationToken ct)
    {
        var counts = await db.Cases.AsNoTracking().HandledWithin(subtreePattern).VisibleTo(db.CaseDepartments, caller)
            .GroupBy(_ => 1)
            .Select(g => new StatsCounts(
                g.Count(c => c.AcceptedOn >= p.From && c.AcceptedOn <= p.To),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.OnTime == true),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.Early == true),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.Instant),
                g.Count(c => c.CompletedOn >= p.From && c.CompletedOn <= p.To && c.OnTime == false),
                g.Count(c => c.Status == SupervisedCaseStatus.Open && c.DueDate >= p.From && c.DueDate <= p.To && c.DueDate < today)))
            .FirstOrDefaultAsync(ct);
        return counts ?? StatsCounts.None;
    }
}
