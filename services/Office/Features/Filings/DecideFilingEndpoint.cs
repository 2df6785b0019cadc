using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Features.Filings;

/// <summary>POST /filings/{id}/decision <c>{approve, note}</c>: the centre's management approves a held refusal (intake
/// then issues it) or a held rejection (approval then rejects the task, decision 0562), or returns it (nothing is issued). Once decided, a filing is not decided again (409).</summary>
public static class DecideFilingEndpoint
{
    public sealed record DecideRequest(bool? Approve, string? Note);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/filings/{id:guid}/decision", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.CentreAdmin))
        .WithName("DecideNegativeFiling")
        .WithSummary("Approve or return a refusal or rejection held for approval (否定报备).");

    private static async Task<Results<Ok<FilingView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, DecideRequest request, HttpContext http, OfficeDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var centre = OfficeScope.ManagedCentre(caller);
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == id && f.OrgUnitId == centre, ct);
        if (filing is null) return Problems.NotFound($"Filing {id}");
        var note = request.Note?.Trim();
        var errors = new FieldErrors()
            .Require(request.Approve is not null, "approve", "Approve (true) or return (false) the refusal.")
            .Require(note is null || note.Length <= OfficeLimits.TextLength, "note", $"At most {OfficeLimits.TextLength} characters.")
            .Require(request.Approve is not false || note is { Length: > 0 }, "note", "Say why the refusal is returned.");
        if (errors.Any) return Problems.Invalid(errors);
        if (filing.IsDecided) return Problems.Conflict($"Filing {id} is {filing.Status} already; it is decided once.");

        var now = clock.GetUtcNow();
        if (request.Approve!.Value)
        {
            filing.Approve(caller.Subject, note, now);
            db.Publish(Approved.Of(filing, caller.Subject, now), filing.CaseId.ToString());
        }
        else
        {
            filing.Return(caller.Subject, note, now);
            if (Approved.Returned(filing, caller.Subject, now) is { } returned) db.Publish(returned, filing.CaseId.ToString());
        }
        db.Audit(caller, request.Approve.Value ? "office.filing-approved" : "office.filing-returned", "case", filing.CaseId.ToString(), new { filingId = id });
        if (!await OfficeWrite.SavedAsync(db, ct)) return Problems.Conflict(OfficeWrite.Raced);
        return TypedResults.Ok(FilingView.From(filing));
    }
}
