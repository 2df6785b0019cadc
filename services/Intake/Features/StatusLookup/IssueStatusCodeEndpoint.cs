using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.StatusLookup;

/// <summary>The window (with the acceptance slip) or the applicant (for their own case) gets a one-time code to look
/// the case up at a hall kiosk. The code is shown once; only its hash is kept.</summary>
public static class IssueStatusCodeEndpoint
{
    public sealed record StatusCodeView(string CaseNumber, string Code, DateTimeOffset ExpiresAt);

    public static void Map(RouteGroupBuilder api) => api.MapPost("/cases/{id:guid}/status-code", Handle)
        .RequireAuthorization(p => p.RequireRole(Roles.WindowClerk, Roles.Applicant))
        .WithName("IssueStatusCode")
        .WithSummary("A one-time code (查询码) for the case's status at a kiosk; a new code replaces the last one.");

    private static async Task<Results<Ok<StatusCodeView>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, IntakeDbContext db, CaseSaves saves, StatusCodeKey codes, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var c = caller.Has(Roles.WindowClerk)
            ? await ClerkCases.FindAsync(db, id, caller, ct)
            : await db.Cases.FirstOrDefaultAsync(x => x.Id == id && x.Applicant.IdDigest == (caller.IdDigest ?? CaseReach.Nothing), ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        var code = StatusCodes.New();
        var expiresAt = clock.GetUtcNow() + StatusCodes.Lifetime;
        c.IssueStatusCode(codes.Hash(c.Id, code), expiresAt);
        db.Audit(caller, "case.status-code-issued", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber });
        return await saves.SaveAsync(ct)
            ? TypedResults.Ok(new StatusCodeView(c.CaseNumber, code, expiresAt))
            : Problems.Conflict($"Case {c.CaseNumber} was changed meanwhile; try again.");
    }
}
