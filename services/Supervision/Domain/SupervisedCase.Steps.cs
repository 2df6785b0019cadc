using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>环节监察: each department's task with its own deadline, watched while the case may still be on time.</summary>
public sealed partial class SupervisedCase
{
    public List<SupervisedStep> Steps { get; private set; } = [];

    /// <summary>The review's steps are watched from the day after the first of their deadlines (a step is late the day
    /// after it, <see cref="DeadlineWatch"/>): the case's next check moves to that day if it is earlier, and is left as it
    /// is otherwise; the sweep looks at the case on the first of the two, not at once (decision 0782).</summary>
    public void OpenReview(IReadOnlyList<(Guid TaskId, string DepartmentId, DateOnly Deadline)> tasks, DateTimeOffset at)
    {
        foreach (var (taskId, departmentId, deadline) in tasks) StepOf(taskId, departmentId, deadline).MoveDeadline(deadline);
        if (Status == SupervisedCaseStatus.Open && ClockRunning && FirstStepCheck(tasks) is { } first)
            NextCheckOn = NextCheckOn is { } next && next <= first ? next : first;
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.ReviewOpened, at, $"{tasks.Count} department task(s)"));
    }

    /// <summary>The step's first decision as a tally for its department's counters; null for a later one, and for the
    /// same decision sent again, which is already applied and leaves no second timeline entry. The case row is left as it
    /// is: the decision's turn has made an open case due already (decision 0666), so the case's departments deciding at
    /// once do not each write it against its row version.</summary>
    public Tally? DecideStep(Guid taskId, string departmentId, string decision, DateTimeOffset at)
    {
        var step = StepOf(taskId, departmentId, ChinaTime.ToLocalDate(at));
        if (step.IsSameDecision(decision, at)) return null;
        var first = step.IsPending;
        step.Decide(decision, at);
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.StepDecided, at, $"{departmentId}: {decision}"));
        return first ? Tally.Step(ChinaTime.ToLocalDate(at), step.Deadline) : null;
    }

    /// <summary>The first day a review's steps can be late on: the day after the earliest deadline; none without steps.</summary>
    public static DateOnly? FirstStepCheck(IReadOnlyList<(Guid TaskId, string DepartmentId, DateOnly Deadline)> tasks) =>
        tasks.Count == 0 ? null : tasks.Min(t => t.Deadline).AddDays(1);

    public void RecordRefusal(DateTimeOffset at, string detail) => Timeline.Add(TimelineEntry.Of(TimelineEntryKind.Refused, at, detail));

    /// <summary>Approval's events travel on separate queues: a decision or extension may overtake the review's
    /// opening, so whichever names a task first adds its step; deadlines only move later.</summary>
    private SupervisedStep StepOf(Guid taskId, string departmentId, DateOnly deadline)
    {
        if (Steps.FirstOrDefault(s => s.TaskId == taskId) is { } found) return found;
        var step = SupervisedStep.For(taskId, departmentId, deadline);
        Steps.Add(step);
        return step;
    }
}
