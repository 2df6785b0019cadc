namespace Linkage.Approval.Domain;

/// <summary>The result of an action on a task other than approve/reject.</summary>
public abstract record ActionOutcome
{
    private ActionOutcome() { }

    /// <summary>Applied; the integration events to publish with it.</summary>
    public sealed record Done(ReviewTask Task, IReadOnlyList<object> Events) : ActionOutcome;

    /// <summary>Not possible in the current state (409); nothing changed.</summary>
    public sealed record Conflict(string Detail) : ActionOutcome;

    /// <summary>The body is wrong for this case (422 naming the field); nothing changed.</summary>
    public sealed record Invalid(string Field, string Message) : ActionOutcome;
}
