using Linkage.Approval.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Approval.Domain;

/// <summary>The case's clock (行政许可法 Art. 45): a supplement request or a special procedure stops it for the
/// whole case; on resumption every open deadline moves by the working days it stood still.</summary>
public sealed partial class ReviewCase
{
    public DateOnly? ClockStoppedOn { get; private set; }
    public DateTimeOffset? ClockStoppedAt { get; private set; }
    public ClockStopKind? ClockStopKind { get; private set; }
    public Guid? ClockStoppedByTaskId { get; private set; }
    public int StoppedWorkingDays { get; private set; }

    internal ActionOutcome StopClock(ReviewTask task, ClockStopKind kind, string reason, DateTimeOffset now)
    {
        if (new ClockMustRunRule(this).IsBroken())
            return new ActionOutcome.Conflict($"The clock of case {CaseNumber} is stopped already ({Kebab(ClockStopKind)}).");
        (ClockStoppedOn, ClockStoppedAt, ClockStopKind, ClockStoppedByTaskId) = (ChinaTime.ToLocalDate(now), now, kind, task.Id);
        RecordFor(now, "clock-stopped", task, null, $"{Kebab(kind)}: {reason}");
        return new ActionOutcome.Done(task, [ReviewEvents.ClockStopped(this, task, reason)]);
    }

    /// <summary>Runs the clock again; pending deadlines and the case's due date move by the stopped working days
    /// (the stop day does not count, the resumption day does). A rejection approved while the stopping department's
    /// clock stood still is recorded now (decision 0577).</summary>
    public ClockResumption? ResumeClock(WorkingDayCalendar calendar, DateTimeOffset now)
    {
        if (ClockStoppedOn is not { } stoppedOn || ClockStopKind is not { } kind) return null;
        var resumedOn = ChinaTime.ToLocalDate(now);
        var days = Math.Max(0, calendar.WorkingDaysBetween(stoppedOn, resumedOn));
        foreach (var task in tasks.Where(t => t.IsPending)) task.PushDeadline(calendar, days);
        if (days > 0) DueDate = calendar.AddWorkingDays(DueDate, days);
        if (days > 0) Legs = Legs.Select(l => l with { Deadline = calendar.AddWorkingDays(l.Deadline, days) }).ToList();
        StoppedWorkingDays += days;
        var stoppedBy = ClockStoppedByTaskId;
        (ClockStoppedOn, ClockStoppedAt, ClockStopKind, ClockStoppedByTaskId) = (null, null, null, null);
        Record(now, "clock-resumed", null, null, $"{Kebab(kind)}: {days} working day(s) stopped");
        return new ClockResumption(kind, days, resumedOn, DecideWaitingRejection(stoppedBy, now));
    }

    private static string Kebab(ClockStopKind? kind) => kind is { } k ? ReviewEvents.KindName(k) : "";
}

public sealed record ClockResumption(ClockStopKind Kind, int StoppedWorkingDays, DateOnly ResumedOn, DecisionOutcome.Recorded? Rejection = null);
