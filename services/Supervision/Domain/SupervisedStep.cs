using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>One department's task on a case (部门审查环节) and its deadline.</summary>
public sealed class SupervisedStep
{
    private SupervisedStep() { }

    public Guid TaskId { get; private set; }
    public string DepartmentId { get; private set; } = "";
    public DateOnly Deadline { get; private set; }
    public string? Decision { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => Decision is null;

    public static SupervisedStep For(Guid taskId, string departmentId, DateOnly deadline) =>
        new() { TaskId = taskId, DepartmentId = departmentId, Deadline = deadline };

    internal void Push(int workingDays)
    {
        if (workingDays > 0) Deadline = WorkingDayCalendar.China.AddWorkingDays(Deadline, workingDays);
    }

    internal void MoveDeadline(DateOnly deadline)
    {
        if (deadline > Deadline) Deadline = deadline;
    }

    /// <summary>The decision already recorded (its time as stored: PostgreSQL keeps microseconds).</summary>
    internal bool IsSameDecision(string decision, DateTimeOffset at) =>
        Decision == decision && DecidedAt is { } decided && Math.Abs((decided - at).Ticks) < 10;

    internal void Decide(string decision, DateTimeOffset at) => (Decision, DecidedAt) = (decision, at.ToUniversalTime());
}
