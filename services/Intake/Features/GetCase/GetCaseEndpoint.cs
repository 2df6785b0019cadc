using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.GetCase;

public static class GetCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{id:guid}", Handle).WithName("GetCase").WithSummary("One case the caller may see, with its slip, materials and status.");

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, IntakeDbContext db, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller()).FirstOrDefaultAsync(c => c.Id == id, ct);
        return found is null ? Problems.NotFound($"Case {id}") : TypedResults.Ok(CaseView.From(found));
    }
}
