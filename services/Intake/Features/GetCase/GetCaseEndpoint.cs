using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.GetCase;

public static class GetCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{id:guid}", Handle).WithName("GetCase");

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, IntakeDbContext db, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().VisibleTo(db.CaseDepartments, http.Caller()).FirstOrDefaultAsync(c => c.Id == id, ct);
        return found is null ? Problems.NotFound($"Case {id}") : TypedResults.Ok(CaseView.From(found));
    }
}
