using Linkage.Approval.Domain;
using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.DecideTask;

/// <summary>Records one department's decision and, with the case row locked, joins the plan from its rows:
/// the decision, the task row, the case's conclusion and their events commit together or not at all. Runs under
/// the context's execution strategy, so a retrying strategy replays the whole locked unit.</summary>
public sealed class DecideTaskHandler(ApprovalDbContext db, TimeProvider clock)
{
    public async Task<Results<Ok<TaskView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        Guid taskId, DecisionRequest? request, CallerContext caller, CancellationToken ct)
    {
        var (decision, errors) = DecisionValidator.Validate(request);
        if (decision is null) return Problems.Invalid(errors);

        var caseId = await db.Tasks.AsNoTracking().VisibleTo(db.Cases, caller)
            .Where(t => t.Id == taskId).Select(t => (Guid?)t.CaseId).FirstOrDefaultAsync(ct);
        if (caseId is null) return Problems.NotFound($"Task {taskId}");

        var reviewer = new Reviewer(caller.Subject, caller.Name);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(token => DecideLockedAsync(caseId.Value, taskId, decision, reviewer, token), ct);
    }

    private async Task<Results<Ok<TaskView>, InvalidRequest, ProblemHttpResult>> DecideLockedAsync(
        Guid caseId, Guid taskId, DepartmentDecision decision, Reviewer reviewer, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var @case = await db.LockAsync(caseId, ct);
        var outcome = @case.Decide(taskId, decision, reviewer, clock.GetUtcNow());
        if (outcome is not DecisionOutcome.Recorded recorded)
            return Problems.Conflict($"Task {taskId} was decided already ({outcome.Task.Status.ToString().ToLowerInvariant()}).");

        ReviewOutbox.Announce(db, @case, recorded);
        await db.SaveChangesAsync(ct);
        await db.CommitAsync(transaction, ct);
        return TypedResults.Ok(TaskView.From(recorded.Task, @case));
    }
}
