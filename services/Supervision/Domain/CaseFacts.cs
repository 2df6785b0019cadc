namespace Linkage.Supervision.Domain;

/// <summary>What both intake events say about a case: enough to start watching it, whichever arrives first.</summary>
public sealed record CaseFacts(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    DateOnly AcceptedOn,
    DateOnly DueDate);
