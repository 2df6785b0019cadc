using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Filings;

/// <summary>POST /filings/{id}/report <c>{explanation, legalBasis}</c>: a clerk of the centre files an issued refusal or
/// late notice with the management (报备). A late report is still taken; the alarm it caused stays.</summary>
public static class ReportFilingEndpoint
{
    public sealed record ReportRequest(string? Explanation, string? LegalBasis);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/filings/{id:guid}/report", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.WindowClerk))
        .WithName("ReportNegativeFiling")
        .WithSummary("Report a refusal to the centre within the hours its rules give (否定报备).");

    private static async Task<Results<Ok<FilingView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, ReportRequest request, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var centre = OfficeScope.WindowCentre(caller);
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == id && f.OrgUnitId == centre, ct);
        if (filing is null) return Problems.NotFound($"Filing {id}");
        var explanation = Texts.Of(request.Explanation, OfficeLimits.TextLength);
        var basis = request.LegalBasis?.Trim();
        var errors = new FieldErrors()
            .Require(explanation is not null, "explanation", $"Explain the decision, 1 to {OfficeLimits.TextLength} characters.")
            .Require(basis is null || basis.Length <= OfficeLimits.TextLength, "legalBasis", $"At most {OfficeLimits.TextLength} characters.");
        if (errors.Any) return Problems.Invalid(errors);
        if (filing.Status is not (FilingStatus.Due or FilingStatus.Unfiled))
            return Problems.Conflict($"Filing {id} is {filing.Status}; only an issued decision is reported.");

        filing.Report(caller.Subject, Texts.Clip(caller.Name), explanation!, basis is { Length: > 0 } ? basis : null, clock.GetUtcNow());
        db.Audit(caller, "office.filing-reported", "case", filing.CaseId.ToString(), new { filingId = id });
        if (!await OfficeWrite.SavedAsync(db, ct)) return Problems.Conflict(OfficeWrite.Raced);
        return TypedResults.Ok(FilingView.From(filing));
    }
}
