namespace Linkage.Contracts.Events.Intake;

/// <summary>A refusal notice (不予受理通知书) was issued, with the reason and the applicant's appeal rights.</summary>
public sealed record CaseRefused(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string Reason,
    DateTimeOffset RefusedAt);
