namespace Linkage.Approval.Features.DecideTask;

/// <summary><c>{ "decision": "approve" | "reject", "reason": "...", "legalBasis": "..." }</c>; a rejection needs a reason.</summary>
public sealed record DecisionRequest(string? Decision, string? Reason, string? LegalBasis);
