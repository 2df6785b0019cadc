using Linkage.Approval.Domain.Policies;
using Linkage.Approval.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Approval.Domain;

/// <summary>The actions besides approve/reject: supplement requests and special procedures stop the clock,
/// extensions stay within the legal one, reassignment stays in the department, sign-off concludes.</summary>
public sealed partial class ReviewCase
{
    public string? SignedOffBy { get; private set; }
    public string? SignedOffByName { get; private set; }

    public ActionOutcome Apply(Guid taskId, ReviewCommand command, Reviewer actor, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var task = tasks.Single(t => t.Id == taskId);
        if (command is ReviewCommand.SignOff signOff) return SignOffBy(task, actor, signOff.Comment, now);
        if (Status != ReviewCaseStatus.Open) return new ActionOutcome.Conflict($"Case {CaseNumber} is {Status.ToString().ToLowerInvariant()}.");
        if (command is ReviewCommand.ConcludeSpecialProcedure concluded) return Conclude(task, concluded.Conclusion, calendar, now);
        if (new TaskMustBePendingRule(task) is { } pending && pending.IsBroken()) return new ActionOutcome.Conflict(pending.Message);
        return command switch
        {
            ReviewCommand.RequestSupplement s => RequestSupplement(task, s, now),
            ReviewCommand.StartSpecialProcedure p => StopClock(task, KindOf(p.Procedure), p.Notice, now),
            ReviewCommand.Extend e => Extend(task, e, calendar, now),
            ReviewCommand.Reassign r => Reassign(task, r, actor, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Approve and reject go through Decide."),
        };
    }

    private ActionOutcome RequestSupplement(ReviewTask task, ReviewCommand.RequestSupplement request, DateTimeOffset now)
    {
        var outcome = StopClock(task, Domain.ClockStopKind.Supplement, request.Reason, now);
        return outcome is ActionOutcome.Done done
            ? done with { Events = [.. done.Events, ReviewEvents.SupplementRequested(this, task, request, now)] }
            : outcome;
    }

    private ActionOutcome Conclude(ReviewTask task, string? conclusion, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (ClockStoppedByTaskId != task.Id || ClockStopKind is null or Domain.ClockStopKind.Supplement)
            return new ActionOutcome.Conflict($"No special procedure of {task.DepartmentId} holds the clock of case {CaseNumber}.");
        RecordFor(now, "special-procedure-concluded", task, null, conclusion);
        var resumed = ResumeClock(calendar, now)!;
        return new ActionOutcome.Done(task, [ReviewEvents.ClockResumed(this, resumed, now), .. ResumedRejection(resumed)]);
    }

    private ActionOutcome Extend(ReviewTask task, ReviewCommand.Extend extend, WorkingDayCalendar calendar, DateTimeOffset now)
    {
        var rule = new LegalExtensionPolicy(tasks.Count);
        if (!rule.Allows(task.ExtendedWorkingDays, extend.WorkingDays))
            return new ActionOutcome.Invalid("workingDays",
                $"At most {rule.MaxWorkingDays - task.ExtendedWorkingDays} more working day(s): the legal extension is {rule.MaxWorkingDays}.");
        task.Extend(calendar, extend.WorkingDays);
        if (task.Deadline > DueDate) DueDate = task.Deadline;
        StretchLegTo(task);
        RecordFor(now, "extended", task, null, $"+{extend.WorkingDays} working day(s): {extend.Reason}");
        return new ActionOutcome.Done(task, [ReviewEvents.Extended(this, task, extend, now)]);
    }

    private ActionOutcome Reassign(ReviewTask task, ReviewCommand.Reassign reassign, Reviewer actor, DateTimeOffset now)
    {
        task.Reassign(reassign.AssigneeSubject, reassign.AssigneeName);
        RecordFor(now, "reassigned", task, actor.Name, reassign.AssigneeName);
        return new ActionOutcome.Done(task, []);
    }

    private ActionOutcome SignOffBy(ReviewTask task, Reviewer actor, string? comment, DateTimeOffset now)
    {
        if (Status != ReviewCaseStatus.AwaitingSignOff)
            return new ActionOutcome.Conflict($"Case {CaseNumber} is {Status.ToString().ToLowerInvariant()}, not awaiting sign-off.");
        if (tasks.Any(t => t.SignsOff) && !task.SignsOff)
            return new ActionOutcome.Conflict($"{task.DepartmentId} does not hold the final sign-off of case {CaseNumber}.");
        (Status, ConcludedAt, SignedOffBy, SignedOffByName) = (ReviewCaseStatus.Approved, now, actor.Subject, actor.Name);
        RecordFor(now, "signed-off", task, actor.Name, comment);
        Record(now, "case-approved", null, null, null);
        return new ActionOutcome.Done(task, [ReviewEvents.Approved(this)]);
    }

    private static ClockStopKind KindOf(SpecialProcedure procedure) => procedure switch
    {
        SpecialProcedure.Hearing => Domain.ClockStopKind.Hearing,
        SpecialProcedure.Testing => Domain.ClockStopKind.Testing,
        _ => Domain.ClockStopKind.ExpertReview,
    };
}
