namespace Linkage.Supervision.Domain;

/// <summary>What both intake events say about a case: enough to start watching it, whichever arrives first.
/// <see cref="AcceptedAtWindow"/>: the numbered hall window it was accepted at, if any (decision 0527).</summary>
public sealed record CaseFacts(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    DateOnly AcceptedOn,
    DateOnly DueDate,
    string? AcceptedAtWindow = null);
