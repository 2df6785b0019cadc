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
}
