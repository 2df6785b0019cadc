namespace Linkage.Approval.Domain;

/// <summary>What a department reviewer decides on a task (kebab-case in the API: <c>approve</c>, <c>reject</c>).</summary>
public enum ReviewDecision
{
    Approve,
    Reject,
}

/// <summary>A validated decision: a rejection always carries its reason.</summary>
public sealed record DepartmentDecision(ReviewDecision Decision, string? Reason, string? LegalBasis);

/// <summary>Who decided, for the record on the task.</summary>
public sealed record Reviewer(string Subject, string Name);
