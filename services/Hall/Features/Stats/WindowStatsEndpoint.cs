using Linkage.Hall.Domain;
using Linkage.Hall.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Hall.Features.Stats;

/// <summary>Average wait and serving times per window on a day, for supervision (电子监察) and centre admins, over
/// the centres of the caller's own subtree (decision 0453).</summary>
public static class WindowStatsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/stats/windows", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.Supervisor, Roles.CentreAdmin, Roles.TierAdmin))
        .WithName("HallWindowStats").WithSummary("Average wait and serving times per window on a day, over the caller's subtree (a report).")
        .WithMetadata(new ReportEndpoint());

    private static async Task<IResult> Handle(DateOnly? date, HttpContext http, HallDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var day = date ?? ChinaTime.ToLocalDate(clock.GetUtcNow());
        var pattern = caller.SubtreePattern;
        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.Day == day && t.WindowCode != null && EF.Functions.Like(t.Division, pattern)
                && (t.Status == TicketStatus.Served || t.Status == TicketStatus.Skipped))
            .Select(t => new { t.OrgUnitId, t.Division, t.WindowCode, t.Status, t.TakenAt, t.CalledAt, t.FinishedAt })
            .ToListAsync(ct);
        var stats = rows.GroupBy(r => (r.OrgUnitId, r.Division, r.WindowCode)).Select(g =>
        {
            var served = g.Where(r => r.Status == TicketStatus.Served).ToList();
            return new WindowStats(g.Key.OrgUnitId, g.Key.Division, g.Key.WindowCode!, served.Count, g.Count() - served.Count,
                served.Count == 0 ? 0 : served.Average(r => (r.CalledAt!.Value - r.TakenAt).TotalSeconds),
                served.Count == 0 ? 0 : served.Average(r => (r.FinishedAt!.Value - r.CalledAt!.Value).TotalSeconds));
        }).OrderBy(s => s.CentreId).ThenBy(s => s.WindowCode, StringComparer.Ordinal).ToList();
        return TypedResults.Ok(stats);
    }
}
