using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>The clock as approval runs it (行政许可法 Art. 42, 45): a stop freezes every deadline, the resumption
/// moves them by the stopped working days, an extension moves a step's deadline and perhaps the case's. Approval
/// computes the new due dates; due dates only ever move later, so events arriving out of order settle the same.</summary>
public sealed partial class SupervisedCase
{
    /// <summary>Any date before every real one: the next sweep looks at the case.</summary>
    public static readonly DateOnly CheckNow = DateOnly.MinValue;

    public DateOnly? ClockStoppedOn { get; private set; }
    public int StoppedWorkingDays { get; private set; }

    public bool ClockRunning => ClockStoppedOn is null;

    public void StopClock(string kind, string departmentId, DateOnly stoppedOn, DateTimeOffset at)
    {
        ClockStoppedOn = stoppedOn;
        NextCheckOn = null; // a stopped clock does not count
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.ClockStopped, at, $"{kind} by {departmentId}"));
    }

    /// <summary>Excluded time (扣除时间) is shown on the timeline in working days.</summary>
    public void ResumeClock(string kind, int stoppedWorkingDays, DateOnly dueDate, DateTimeOffset at)
    {
        ClockStoppedOn = null;
        StoppedWorkingDays += stoppedWorkingDays;
        foreach (var step in Steps.Where(s => s.IsPending)) step.Push(stoppedWorkingDays);
        MoveDueDate(dueDate);
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.ClockResumed, at,
            $"{kind}: {stoppedWorkingDays} working day(s) excluded, due {DueDate:yyyy-MM-dd}"));
    }

    /// <summary>延期: the step's new deadline and the case's due date as approval set them.</summary>
    public void Extend(Guid taskId, string departmentId, int workingDays, DateOnly deadline, DateOnly caseDueDate, DateTimeOffset at)
    {
        StepOf(taskId, departmentId, deadline).MoveDeadline(deadline);
        MoveDueDate(caseDueDate);
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.Extended, at,
            $"{departmentId} +{workingDays} working day(s), due {DueDate:yyyy-MM-dd}"));
    }

    /// <summary>A case just watched is first looked at when the sweep would next look at it, worked out now as a pass
    /// would (<see cref="DeadlineWatch"/>), instead of by a pass of its own seconds before the review's opening makes it
    /// due again (0645). Something to raise today, or a calendar not yet announced, leaves it due now.</summary>
    public void ScheduleFirstCheck(DeadlineAlertPolicy rule, DateOnly today)
    {
        try
        {
            var (wanted, next) = DeadlineWatch.Evaluate(ClockFacts(), rule, today);
            if (wanted.Count == 0) NextCheckOn = next;
        }
        catch (CalendarNotAnnouncedException)
        {
            // judged by the sweep, which waits for the calendar
        }
    }

    /// <summary>The sweep looked at the case; null: nothing can change until an event arrives.</summary>
    public void Checked(DateOnly? next) => NextCheckOn = next;

    private void MoveDueDate(DateOnly dueDate)
    {
        if (dueDate > DueDate) DueDate = dueDate;
        if (Status == SupervisedCaseStatus.Open && ClockRunning) NextCheckOn = CheckNow;
    }

    /// <summary>What its deadline is judged on (<see cref="DeadlineWatch"/>).</summary>
    public CaseClock ClockFacts() => new(Status, ClockRunning, AcceptedOn, DueDate, StoppedWorkingDays,
        Steps.Where(s => s.IsPending).Select(s => new PendingStep(s.TaskId, s.DepartmentId, s.Deadline)).ToList(), KeyProjectTargetOn);
}
