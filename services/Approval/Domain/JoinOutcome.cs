namespace Linkage.Approval.Domain;

/// <summary>What the rows of a plan say about the case as a whole.</summary>
public abstract record JoinOutcome
{
    private JoinOutcome() { }

    /// <summary>Some department has not decided yet.</summary>
    public sealed record Waiting : JoinOutcome;

    /// <summary>Every department approved.</summary>
    public sealed record Approved : JoinOutcome;

    /// <summary>Every department decided and at least one rejected; the reasons of all that rejected.</summary>
    public sealed record Rejected(IReadOnlyList<RejectionReason> Reasons) : JoinOutcome;
}

public sealed record RejectionReason(string DepartmentId, string Reason, string? LegalBasis);
