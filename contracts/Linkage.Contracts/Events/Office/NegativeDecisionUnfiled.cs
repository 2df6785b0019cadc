namespace Linkage.Contracts.Events.Office;

/// <summary>A refusal or a late missing-materials notice reached the applicant and was not filed with the centre's
/// management in time, or a refusal was issued where it needed approval first (否定报备): an alarm for supervision.</summary>
public sealed record NegativeDecisionUnfiled(
    Guid FilingId,
    Guid CaseId,
    string CaseNumber,
    string Kind,
    string HandlingOrgUnitId,
    string HandlingDivision,
    DateTimeOffset DecidedAt,
    DateTimeOffset FlaggedAt);
