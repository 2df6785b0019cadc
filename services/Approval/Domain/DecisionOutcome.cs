namespace Linkage.Approval.Domain;

/// <summary>The result of one decision on a plan.</summary>
public abstract record DecisionOutcome(ReviewTask Task)
{
    /// <summary>The task was closed already; nothing changed.</summary>
    public sealed record AlreadyDecided(ReviewTask Task) : DecisionOutcome(Task);

    /// <summary>This department stopped the clock; it decides once the clock runs again. Nothing changed.</summary>
    public sealed record ClockStopped(ReviewTask Task) : DecisionOutcome(Task);

    /// <summary>A rejection held for the centre's approval (否定报备, decision 0562): the task stays pending; the
    /// proposal goes to the office.</summary>
    public sealed record Held(ReviewTask Task, object Proposal) : DecisionOutcome(Task);

    /// <summary>The decision is recorded; <paramref name="Join"/> is not Waiting exactly once per case.</summary>
    public sealed record Recorded(ReviewTask Task, JoinOutcome Join) : DecisionOutcome(Task);
}
