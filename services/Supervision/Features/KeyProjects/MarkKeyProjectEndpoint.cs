using Linkage.Supervision.Domain.Rules;
using Linkage.Contracts.Events.Supervision;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.InvestmentProjects;
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

    /// <summary>The case's row is also written by the consumers and the sweep (its xmin is the version): a save that
    /// lost to one of them reads the case again and decides anew (<see cref="ConcurrentSave"/>).</summary>
    private static Task<Results<Ok<KeyProjectView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid caseId, KeyProjectRequest request, HttpContext http, SupervisionDbContext db, TimeProvider clock, CancellationToken ct) =>
        ConcurrentSave.RetryAsync(db, () => MarkAsync(caseId, request, http, db, clock, ct));

    private static async Task<Results<Ok<KeyProjectView>, InvalidRequest, ProblemHttpResult>> MarkAsync(
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
        var project = await ProjectAsync(request.ProjectId, found, caller, db, errors, ct);
        if (errors.Any) return Problems.Invalid(errors);

        var now = clock.GetUtcNow();
        db.Audit(caller, "case.key-project-marked", "case", found.Id.ToString(), new { guide, target = target!.Value });
        found.MarkKeyProject(guide!, target!.Value, caller.Subject, now);
        if (project is not null) ProjectCases.Link(project, [found], now);
        db.Publish(new KeyProjectMarked(found.Id, found.CaseNumber, guide!, target.Value, found.HandlingDivision, now), found.Id.ToString());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(KeyProjectView.From(found));
    }

    /// <summary>The investment project named, in the caller's subtree and not another one the case belongs to already.</summary>
    private static async Task<InvestmentProject?> ProjectAsync(Guid? projectId, SupervisedCase found, CallerContext caller, SupervisionDbContext db,
        FieldErrors errors, CancellationToken ct)
    {
        if (projectId is not { } id) return null;
        var project = await ProjectCases.VisibleAsync(db, caller, id, ct);
        if (project is null) errors.Add("projectId", "No such investment project in your subtree.");
        else if (found.InvestmentProjectId is { } other && other != id) errors.Add("projectId", "The case belongs to another investment project.");
        return project;
    }
}

/// <summary>The guide (导办/全程代办 staff) and the internal target in working days from acceptance; optionally the
/// investment project the application belongs to (0565).</summary>
public sealed record KeyProjectRequest(string? Guide, int InternalWorkingDays, Guid? ProjectId = null);
