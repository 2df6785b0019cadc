namespace Linkage.Supervision.Domain;

/// <summary>按时办结: finished on or before the committed due date.</summary>
public static class CompletedOnTimePolicy
{
    public static bool Holds(DateOnly completedOn, DateOnly dueDate) => completedOn <= dueDate;
}
