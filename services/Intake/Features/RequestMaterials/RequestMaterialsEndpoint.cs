using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.RequestMaterials;

/// <summary>The clerk issues the missing-materials notice (缺件告知单) for a received case: everything at once —
/// what the check found missing, plus anything the clerk names from the matter's list.</summary>
public static class RequestMaterialsEndpoint
{
    public sealed record RequestMaterialsRequest(IReadOnlyList<string>? Materials);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/material-requests", Handle).ForClerks().WithName("RequestMaterials").WithSummary("Issue the missing-materials notice (缺件告知单) for a received case.");

    private static async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, RequestMaterialsRequest request, HttpContext http, IntakeDbContext db, CatalogLookup catalog,
        CaseSaves saves, TimeProvider clock, CancellationToken ct)
    {
        var c = await ClerkCases.FindAsync(db, id, http.Caller(), ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        if (c.Status != CaseStatus.Received) return ClerkCases.WrongState(c, "given a missing-materials notice");

        var named = request.Materials ?? [];
        var errors = await ClerkCases.CheckListedAsync(catalog, c, named, "materials", ct);
        var missing = c.MissingMaterials.Union(named).ToList();
        errors.Require(missing.Count > 0, "materials", "Nothing is missing: name the materials the applicant must bring.");
        if (errors.Any) return Problems.Invalid(errors);

        c.RequestMaterials(missing, clock.GetUtcNow());
        db.Audit(http.Caller(), "case.materials-requested", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, missing });
        return await saves.SaveAndViewAsync(c, ct);
    }
}
