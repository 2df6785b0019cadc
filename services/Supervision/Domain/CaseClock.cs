using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>What a case's deadline is judged on, and all the deadline sweep reads of it: its state, whether its clock
/// runs, its acceptance day and due date, the working days its clock stood still, and its department steps still
/// pending; a key project's internal target (绿色通道, 0632).</summary>
public sealed record CaseClock(SupervisedCaseStatus Status, bool Running, DateOnly AcceptedOn, DateOnly DueDate,
    int StoppedWorkingDays, IReadOnlyList<PendingStep> PendingSteps, DateOnly? KeyProjectTargetOn = null)
{
    /// <summary>Working days the case may take, stops excluded: the base for the "fraction used" warning.</summary>
    public int NetWorkingDays(WorkingDayCalendar calendar) =>
        Math.Max(0, calendar.WorkingDaysBetween(AcceptedOn, DueDate) - StoppedWorkingDays);
}

/// <summary>A department's task not yet decided, and its deadline.</summary>
public sealed record PendingStep(Guid TaskId, string DepartmentId, DateOnly Deadline);
