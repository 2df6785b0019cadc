namespace Linkage.Contracts.Federation;

/// <summary>A case taken at a village station or town centre, forwarded up to the competent unit.
/// CloudEvent type <see cref="Type"/>; target division = the competent unit's division.</summary>
public sealed record CaseForwarded(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string ImplementationCode,
    int ImplementationVersion,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    DateTimeOffset ForwardedAt)
{
    public const string Type = "linkage.intake.case-forwarded.v1";
}
