using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Catalog;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.PreReview;

/// <summary>网上预审: before the applicant travels, the clerk checks the online application and says what to bring
/// (originals to show, anything missing). The case stays received until it is accepted at the window.</summary>
public static class PreReviewEndpoint
{
    public sealed record PreReviewRequest(IReadOnlyList<string>? Bring, string? Note);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/pre-review", Handle).ForClerks().WithName("PreReviewCase").WithSummary("Pre-review (网上预审) an online application: what to bring to the window.");

    private static async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, PreReviewRequest request, HttpContext http, IntakeDbContext db, CatalogLookup catalog,
        CaseSaves saves, TimeProvider clock, CancellationToken ct)
    {
        var c = await ClerkCases.FindAsync(db, id, http.Caller(), ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        if (c.Status != CaseStatus.Received) return ClerkCases.WrongState(c, "pre-reviewed");

        var bring = request.Bring ?? [];
        var errors = await ClerkCases.CheckListedAsync(catalog, c, bring, "bring", ct);
        errors.Require(request.Note is null || request.Note.Length <= 1000, "note", "The note is at most 1000 characters.");
        if (errors.Any) return Problems.Invalid(errors);

        c.PreReview(c.MissingMaterials.Union(bring).ToList(), request.Note?.Trim(), clock.GetUtcNow());
        db.Audit(http.Caller(), "case.pre-reviewed", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, bring });
        return await saves.SaveAndViewAsync(c, ct);
    }
}
