using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>What a case's deadline is judged on, and all the deadline sweep reads of it: its state, whether its clock
/// runs, its acceptance day and due date, the working days its clock stood still, and its department steps still
/// pending.</summary>
public sealed record CaseClock(SupervisedCaseStatus Status, bool Running, DateOnly AcceptedOn, DateOnly DueDate,
    int StoppedWorkingDays, IReadOnlyList<PendingStep> PendingSteps)
{
    /// <summary>Working days the case may take, stops excluded: the base for the "fraction used" warning.</summary>
    public int NetWorkingDays(WorkingDayCalendar calendar) =>
        Math.Max(0, calendar.WorkingDaysBetween(AcceptedOn, DueDate) - StoppedWorkingDays);
}

/// <summary>A department's task not yet decided, and its deadline.</summary>
public sealed record PendingStep(Guid TaskId, string DepartmentId, DateOnly Deadline);
