namespace Linkage.Approval.Domain;

/// <summary>What the rows of a plan say about the case as a whole.</summary>
public abstract record JoinOutcome
{
    private JoinOutcome() { }

    /// <summary>Some department has not decided yet.</summary>
    public sealed record Waiting : JoinOutcome;

    /// <summary>Every department approved (or, N-of-M, at least N did).</summary>
    public sealed record Approved : JoinOutcome;

    /// <summary>Approved by the departments, waiting for the chief representative's final sign-off.</summary>
    public sealed record AwaitingSignOff : JoinOutcome;

    /// <summary>Every department decided and the plan is not approved; the reasons of all that rejected.</summary>
    public sealed record Rejected(IReadOnlyList<RejectionReason> Reasons) : JoinOutcome;
}

public sealed record RejectionReason(string DepartmentId, string Reason, string? LegalBasis, string? LegCode = null);
