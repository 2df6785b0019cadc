using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.GetTimeline;

public static class GetTimelineEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{caseId:guid}/timeline", Handle)
        .WithName("GetReviewTimeline")
        .WithSummary("The case's review timeline for supervision: plan, decisions, clock stops and resumptions, extensions.");

    private static async Task<Results<Ok<TimelineView>, ProblemHttpResult>> Handle(
        Guid caseId, HttpContext http, ApprovalDbContext db, CancellationToken ct)
    {
        var @case = await db.Cases.AsNoTracking().VisibleTo(http.Caller()).Include(c => c.Tasks)
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return Problems.NotFound($"Review case {caseId}");
        var entries = await db.Timeline.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync(ct);
        return TypedResults.Ok(TimelineView.From(@case, entries));
    }
}
