using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.RefuseCase;

/// <summary>The clerk refuses the application (不予受理通知书): the reason, and the applicant's appeal rights.</summary>
public static class RefuseCaseEndpoint
{
    public sealed record RefuseCaseRequest(string? Reason);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/refusal", Handle).ForClerks().WithName("RefuseCase").WithSummary("Refuse an application (不予受理): the reason and the applicant's appeal rights.");

    private static async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, RefuseCaseRequest request, HttpContext http, IntakeDbContext db, CaseSaves saves, TimeProvider clock, CancellationToken ct)
    {
        var reason = request.Reason?.Trim();
        if (reason is not { Length: > 0 and <= 1000 }) return Problems.Invalid("reason", "A reason of 1 to 1000 characters is required.");
        var c = await ClerkCases.FindAsync(db, id, http.Caller(), ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        if (c.Status is not (CaseStatus.Received or CaseStatus.AwaitingMaterials)) return ClerkCases.WrongState(c, "refused");

        c.Refuse(reason, clock.GetUtcNow());
        db.Audit(http.Caller(), "case.refused", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, reason });
        return await saves.SaveAndViewAsync(c, ct);
    }
}
