using Linkage.Kernel;
using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Posts;

/// <summary>GET /cover?date=: who covered whom on a day (AB角) — every post whose A was off, its B, and each enquiry step
/// the B took as cover. Supervisors over their subtree, a centre's staff over their centre.</summary>
public static class CoverReportEndpoint
{
    public sealed record CoveredItem(Guid EnquiryId, EnquiryStatus Step, DateTimeOffset At);

    public sealed record CoverDay(
        string OrgUnitId, string PostCode, string PostName, DateOnly Date, string A, string AName, string B, string BName, IReadOnlyList<CoveredItem> Items);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/cover", Handle).WithName("GetCoverReport")
        .WithMetadata(new ReportEndpoint())
        .WithSummary("Who covers which window post on a day (AB角): a report of the centre's posts, answered whole.");

    private static async Task<Ok<IReadOnlyList<CoverDay>>> Handle(DateOnly? date, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var day = date ?? ChinaTime.ToLocalDate(clock.GetUtcNow());
        var posts = db.Posts.AsNoTracking().VisibleTo(http.Caller());
        var covered = await posts.Where(p => db.DaysOff.Any(d => d.OrgUnitId == p.OrgUnitId && d.Subject == p.A && d.Date == day))
            .OrderBy(p => p.OrgUnitId).ThenBy(p => p.Code).Take(500).ToListAsync(ct);
        var units = covered.Select(p => p.OrgUnitId).Distinct().ToList();
        var (from, to) = (StartOf(day), StartOf(day.AddDays(1)));
        var steps = await db.EnquirySteps.AsNoTracking()
            .Where(s => s.CoveringFor != null && s.At >= from && s.At < to
                && db.Enquiries.Any(e => e.Id == s.EnquiryId && units.Contains(e.OrgUnitId)))
            .Join(db.Enquiries, s => s.EnquiryId, e => e.Id, (s, e) => new { Step = s, e.OrgUnitId }).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<CoverDay>>(covered.Select(p => new CoverDay(p.OrgUnitId, p.Code, p.Name, day, p.A, p.AName, p.B, p.BName,
            steps.Where(s => s.OrgUnitId == p.OrgUnitId && s.Step.By == p.B && s.Step.CoveringFor == p.A)
                .Select(s => new CoveredItem(s.Step.EnquiryId, s.Step.Status, s.Step.At)).ToList())).ToList());
    }

    private static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaTime.StandardOffset).ToUniversalTime();
}
