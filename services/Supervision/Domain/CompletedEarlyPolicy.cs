namespace Linkage.Supervision.Domain;

/// <summary>提前办结: finished before the due date (a case decided at the window on its due date is not early).</summary>
public static class CompletedEarlyPolicy
{
    public static bool Holds(DateOnly completedOn, DateOnly dueDate) => completedOn < dueDate;
}
