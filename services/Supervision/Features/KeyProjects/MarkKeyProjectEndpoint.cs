using Linkage.Supervision.Domain.Rules;
using Linkage.Contracts.Events.Supervision;
using Linkage.Kernel;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Supervision.Features.KeyProjects;

/// <summary>POST /cases/{caseId}/key-project: a centre or tier admin marks an open case as a key project (绿色通道) with
/// a guide and an internal target of N working days from acceptance, before the legal due date. Announced as
/// <see cref="KeyProjectMarked"/> in the same transaction (outbox).</summary>
public static class MarkKeyProjectEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{caseId:guid}/key-project", Handle)
        .WithName("MarkKeyProject")
        .WithSummary("绿色通道: mark a case as a key project with an assigned guide and a shorter internal target.");

    private static async Task<Results<Ok<KeyProjectView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid caseId, KeyProjectRequest request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!(caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin))) return Problems.NotFound($"Case {caseId}");
        var found = await db.Cases.VisibleTo(db.CaseDepartments, caller).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null) return Problems.NotFound($"Case {caseId}");

        var errors = new FieldErrors();
        var guide = request.Guide?.Trim();
        errors.Require(guide is { Length: > 0 and <= 50 }, "guide", "The guide (导办) by name, 1 to 50 characters.");
        var target = request.InternalWorkingDays is >= 1 and <= 365 ? WorkingDayCalendar.China.AddWorkingDays(found.AcceptedOn, request.InternalWorkingDays) : (DateOnly?)null;
        errors.Check(new KeyProjectMustBeOpenRule(found), new KeyProjectOnceRule(found), new KeyProjectTargetBeforeDueRule(found, target));
        if (errors.Any) return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        db.Audit(caller, "case.key-project-marked", "case", found.Id.ToString(), new { guide, target = target!.Value });
        found.MarkKeyProject(guide!, target!.Value, caller.Subject, now);
        db.Publish(new KeyProjectMarked(found.Id, found.CaseNumber, guide!, target.Value, found.HandlingDivision, now), found.Id.ToString());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(KeyProjectView.From(found));
    }
}

/// <summary>The guide (导办/全程代办 staff) and the internal target in working days from acceptance.</summary>
public sealed record KeyProjectRequest(string? Guide, int InternalWorkingDays);
