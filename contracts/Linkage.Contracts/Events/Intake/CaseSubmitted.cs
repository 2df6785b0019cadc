namespace Linkage.Contracts.Events.Intake;

/// <summary>收件: intake took an application, whatever becomes of it. The handling unit was added for supervision's
/// received count (decision 0509); an older sender leaves it null.</summary>
public sealed record CaseSubmitted(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string Channel,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    DateTimeOffset SubmittedAt,
    string? HandlingOrgUnitId = null,
    string? HandlingDivision = null);
