using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.GetReviewCase;

public static class GetReviewCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{caseId:guid}", Handle)
        .WithName("GetReviewCase")
        .WithSummary("The case's review plan and each department's state (staff of the handling subtree).");

    private static async Task<Results<Ok<ReviewCaseView>, ProblemHttpResult>> Handle(
        Guid caseId, HttpContext http, ApprovalDbContext db, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(http.Caller()).Include(c => c.Tasks)
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        return found is null ? Problems.NotFound($"Review case {caseId}") : TypedResults.Ok(ReviewCaseView.From(found));
    }
}
