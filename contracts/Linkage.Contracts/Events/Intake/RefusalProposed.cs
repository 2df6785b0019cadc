namespace Linkage.Contracts.Events.Intake;

/// <summary>否定报备, approval first: a clerk means to refuse the case; nothing is issued until the centre's management
/// approves the filing (decision 0502). The case itself is unchanged.</summary>
public sealed record RefusalProposed(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string Reason,
    string ProposedBy,
    string ProposedByName,
    DateTimeOffset ProposedAt);
