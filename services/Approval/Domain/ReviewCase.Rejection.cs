using Linkage.Approval.Domain.Rules;

namespace Linkage.Approval.Domain;

/// <summary>否定报备 with approval first (decision 0562): a rejection is proposed, not recorded. The task stays pending
/// and its deadline keeps running (only 补正 and special procedures stop the clock, 行政许可法 Art. 45); it is
/// decided when the centre's management approves, at that moment.</summary>
public sealed partial class ReviewCase
{
    public DecisionOutcome HoldRejection(Guid taskId, DepartmentDecision decision, Reviewer reviewer, DateTimeOffset now)
    {
        var task = tasks.Single(t => t.Id == taskId);
        if (new TaskMustBePendingRule(task).IsBroken()) return new DecisionOutcome.AlreadyDecided(task);
        if (new ClockMustRunRule(this).BlocksDecisionOn(task)) return new DecisionOutcome.ClockStopped(task);
        RecordFor(now, "rejection-held", task, reviewer.Name, decision.Reason);
        return new DecisionOutcome.Held(task, ReviewEvents.RejectionProposed(this, task, decision, reviewer, now));
    }

    /// <summary>The management approved a held rejection: it is recorded now, in the proposer's name. While this
    /// department's own stop holds the clock it may not decide (ClockMustRunRule), so the rejection waits on the task
    /// and is recorded when the clock runs again (decision 0577).</summary>
    public DecisionOutcome ApproveRejection(Guid taskId, ApprovedRejection approved)
    {
        var task = tasks.Single(t => t.Id == taskId);
        if (new TaskMustBePendingRule(task).IsBroken()) return new DecisionOutcome.AlreadyDecided(task);
        if (!new ClockMustRunRule(this).BlocksDecisionOn(task)) return Decide(taskId, approved.Decision, approved.Reviewer, approved.ApprovedAt);
        task.AwaitClock(approved);
        RecordFor(approved.ApprovedAt, "rejection-awaits-clock", task, approved.ByName, approved.Reason);
        return new DecisionOutcome.ClockStopped(task);
    }

    /// <summary>The rejection that waited for the clock, recorded as the clock runs again.</summary>
    private DecisionOutcome.Recorded? DecideWaitingRejection(Guid? stoppedBy, DateTimeOffset now) =>
        tasks.FirstOrDefault(t => t.Id == stoppedBy && t.IsPending) is { WaitingRejection: { } waiting } task
            ? Decide(task.Id, waiting.Decision, waiting.Reviewer, now) as DecisionOutcome.Recorded
            : null;

    public IReadOnlyList<object> ResumedRejection(ClockResumption resumed) =>
        resumed.Rejection is { } recorded ? ReviewEvents.Of(this, recorded) : [];

    /// <summary>The management returned the held rejection: the task stays as it is; the timeline says so.</summary>
    public void NoteRejectionReturned(Guid taskId, string? note, DateTimeOffset at)
    {
        if (tasks.FirstOrDefault(t => t.Id == taskId) is { IsPending: true } task) RecordFor(at, "rejection-returned", task, null, note);
    }
}
