using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Contracts.Events.Intake;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.RefuseCase;

/// <summary>The clerk refuses the application (不予受理通知书): the reason, and the applicant's appeal rights. Where the
/// centre approves refusals first (否定报备, decision 0502) the refusal is held: 202, the case unchanged, until the
/// management approves it in the office module.</summary>
public static class RefuseCaseEndpoint
{
    public sealed record RefuseCaseRequest(string? Reason);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/refusal", Handle).ForClerks().WithName("RefuseCase").WithSummary("Refuse an application (不予受理): the reason and the applicant's appeal rights.");

    private static async Task<Results<Ok<CaseView>, Accepted<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, RefuseCaseRequest request, HttpContext http, IntakeDbContext db, CaseSaves saves, OfficeRules office, TimeProvider clock,
        CancellationToken ct)
    {
        var reason = request.Reason?.Trim();
        if (reason is not { Length: > 0 and <= 1000 }) return Problems.Invalid("reason", "A reason of 1 to 1000 characters is required.");
        var c = await ClerkCases.FindAsync(db, id, http.Caller(), ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        if (c.Status is not (CaseStatus.Received or CaseStatus.AwaitingMaterials)) return ClerkCases.WrongState(c, "refused");

        var caller = http.Caller();
        if (await office.ApprovalFirstAsync(c.HandlingOrgUnitId, ct))
        {
            db.Publish(new RefusalProposed(c.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, reason, caller.Subject,
                caller.Name, clock.GetUtcNow()), c.Id.ToString());
            db.Audit(caller, "case.refusal-held", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, reason });
            await db.SaveChangesAsync(ct);
            return TypedResults.Accepted((string?)null, CaseView.From(c));
        }
        c.Refuse(reason, clock.GetUtcNow());
        db.Audit(caller, "case.refused", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, reason });
        return await saves.SaveAsync(ct) ? TypedResults.Ok(CaseView.From(c)) : CaseSaves.Raced(c);
    }
}
