namespace Linkage.Contracts.Events.Intake;

public sealed record CaseSubmitted(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string Channel,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    DateTimeOffset SubmittedAt);
