using Linkage.Approval.Domain;
using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Linkage.ServiceDefaults.Office;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.DecideTask;

/// <summary>Applies one department's decision or action and joins the plan from its rows: the task row, the case, its
/// timeline and their events commit together or not at all. A decision shares the case row with the other departments'
/// throughout; a held rejection and the actions lock it throughout (ReviewCaseLock). Runs under the
/// context's execution strategy, so a retrying strategy replays the whole unit; in the case's turn in the process
/// (<see cref="CaseTurns"/>, decision 0755), so a department's decision does not wait on another's row locks here.</summary>
public sealed class DecideTaskHandler(ApprovalDbContext db, WindowPowers powers, FilingRules filings, CaseTurns turns, TimeProvider clock)
{
    public async Task<Results<Ok<TaskView>, Accepted<TaskView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        Guid taskId, DecisionRequest? request, CallerContext caller, CancellationToken ct)
    {
        var (command, errors) = DecisionValidator.Validate(request);
        if (command is null) return Problems.Invalid(errors);

        var found = await db.VisibleTaskAsync(taskId, caller, ct);
        if (found is null) return Problems.NotFound($"Task {taskId}");
        if (command is ReviewCommand.SignOff && !caller.Has(Roles.ChiefRepresentative))
            return TypedResults.Problem("Only the chief representative (首席代表) signs off.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        if (await powers.RefusedAsync(new WindowAct(found.Centre, WindowPowers.Review, found.DepartmentId), ct) is { } unauthorised)
            return Problems.Invalid("department", unauthorised); // 窗口授权: no 审核 for this department's window (decision 0504)
        var caseId = found.CaseId;
        // 否定报备 (decision 0562): at a centre that approves negative decisions first, a rejection is held, not recorded
        var hold = command is ReviewCommand.Decide { Decision.Decision: ReviewDecision.Reject } && await filings.ApprovalFirstAsync(found.Centre, ct);

        var reviewer = new Reviewer(caller.Subject, caller.Name);
        using var turn = await turns.TakeAsync(ApprovalDbContext.SchemaName, caseId, ct); // after the case's other deliveries here (0755)
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(token => command is ReviewCommand.Decide { } decide && !hold
            ? DecideAsync(caseId, taskId, decide.Decision, reviewer, caller.Actor(), token)
            : ApplyLockedAsync(caseId, taskId, command, hold, reviewer, caller.Actor(), token), ct);
    }

    /// <summary>A department's decision beside the case's other departments (decision 0650): its own task row taken
    /// under a shared case lock. With a later task of the case pending once its row is taken, it is not the last and
    /// saves its rows and its audit entry in one round trip before its commit (0733). Otherwise it writes its task and
    /// asks whether it is the last (0709); the last one takes its siblings' decisions from that question's rows and concludes it (0807).</summary>
    private async Task<Results<Ok<TaskView>, Accepted<TaskView>, InvalidRequest, ProblemHttpResult>> DecideAsync(
        Guid caseId, Guid taskId, DepartmentDecision decision, Reviewer reviewer, AuditActor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (@case, laterPending) = await db.ShareForDecisionAsync(caseId, taskId, ct);
        var now = clock.GetUtcNow();
        var outcome = @case.Decide(taskId, decision, reviewer, now);
        if (outcome is not DecisionOutcome.Recorded recorded) return Problems.Conflict(Refusal(outcome));
        ReviewOutbox.Announce(db, @case, recorded);
        db.Timeline.AddRange(@case.Timeline);
        if (recorded.Join is JoinOutcome.Waiting && @case.Status == ReviewCaseStatus.Open && !laterPending)
        {
            await db.SaveChangesAsync(ct);
            if (await db.LastToDecideAsync(@case, taskId, ct))
            {
                var written = @case.Timeline.Count;
                ReviewOutbox.Announce(db, @case, ReviewEvents.Conclusion(@case, @case.Rejoin(now), now));
                db.Timeline.AddRange(@case.Timeline.Skip(written));
            }
        }
        // last, after any wait: the lane's lock is held for this save and the commit only (0667, 0688)
        db.Audit(actor, "review.decide", "case", caseId.ToString(), new { taskId }, laneKey: taskId.ToString());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(TaskView.From(@case.Tasks.Single(t => t.Id == taskId), @case));
    }

    private async Task<Results<Ok<TaskView>, Accepted<TaskView>, InvalidRequest, ProblemHttpResult>> ApplyLockedAsync(
        Guid caseId, Guid taskId, ReviewCommand command, bool hold, Reviewer reviewer, AuditActor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var @case = await db.LockAsync(caseId, ct);
        var now = clock.GetUtcNow();
        ReviewTask task;
        if (command is ReviewCommand.Decide decide)
        {
            var outcome = hold ? @case.HoldRejection(taskId, decide.Decision, reviewer, now) : @case.Decide(taskId, decide.Decision, reviewer, now);
            if (outcome is not (DecisionOutcome.Recorded or DecisionOutcome.Held)) return Problems.Conflict(Refusal(outcome));
            ReviewOutbox.Announce(db, @case, outcome);
            task = outcome.Task;
        }
        else
        {
            var outcome = @case.Apply(taskId, command, reviewer, WorkingDayCalendar.China, now);
            if (outcome is ActionOutcome.Conflict conflict) return Problems.Conflict(conflict.Detail);
            if (outcome is ActionOutcome.Invalid invalid) return Problems.Invalid(invalid.Field, invalid.Message);
            var done = (ActionOutcome.Done)outcome;
            ReviewOutbox.Announce(db, @case, done.Events);
            task = done.Task;
        }
        db.Timeline.AddRange(@case.Timeline);
        db.Audit(actor, hold ? "review.rejection-held" : "review." + command.GetType().Name.ToLowerInvariant(), "case", caseId.ToString(), new { taskId });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return hold ? TypedResults.Accepted((string?)null, TaskView.From(task, @case)) : TypedResults.Ok(TaskView.From(task, @case));
    }

    private static string Refusal(DecisionOutcome outcome) => outcome is DecisionOutcome.ClockStopped
        ? $"Task {outcome.Task.Id} stopped the case's clock; it decides once the clock runs again."
        : $"Task {outcome.Task.Id} was decided already ({outcome.Task.Status.ToString().ToLowerInvariant()}).";
}
