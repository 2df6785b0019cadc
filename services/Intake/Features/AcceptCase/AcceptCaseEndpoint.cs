using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Intake.Features.AcceptCase;

/// <summary>The clerk checked a received case and accepts it: the acceptance slip (受理通知书) with its due date.</summary>
public static class AcceptCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/acceptance", Handle).ForClerks().WithName("AcceptCase").WithSummary("Accept a received case (受理): the acceptance slip with its due date.");

    private static async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, AcceptCaseRequest? request, HttpContext http, IntakeDbContext db, CaseSaves saves, OfficeRules office, TimeProvider clock, CancellationToken ct)
    {
        var c = await ClerkCases.FindAsync(db, id, http.Caller(), ct);
        if (c is null) return Problems.NotFound($"Case {id}");
        if (c.Status != CaseStatus.Received) return ClerkCases.WrongState(c, "accepted");
        if (c.MissingMaterials.Count > 0)
            return Problems.Invalid("materials", $"Materials are missing ({string.Join(", ", c.MissingMaterials)}); issue a missing-materials notice instead.");
        if (await office.RefusedPowerAsync(c, http.Caller().OrgUnitId ?? c.HandlingOrgUnitId, "accept", ct) is { } unauthorised)
            return Problems.Invalid("department", unauthorised); // 窗口授权: no 受理 for this department's window
        var (window, refused) = await AcceptingWindow.FindAsync(db, http.Caller(), request?.Window, ct);
        if (refused is not null) return refused;

        var now = clock.GetUtcNow();
        c.AcceptOn(now, ChinaTime.ToLocalDate(now), window);
        db.Audit(http.Caller(), "case.accepted", "case", c.Id.ToString(), new { caseNumber = c.CaseNumber, window });
        return await saves.SaveAndViewAsync(c, ct);
    }
}
