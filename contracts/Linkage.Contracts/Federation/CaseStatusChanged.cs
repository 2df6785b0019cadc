namespace Linkage.Contracts.Federation;

/// <summary>Status flowing back down to the station that took the case.</summary>
public sealed record CaseStatusChanged(
    Guid CaseId,
    string CaseNumber,
    string Status,
    DateTimeOffset ChangedAt)
{
    public const string Type = "linkage.intake.case-status-changed.v1";
}
