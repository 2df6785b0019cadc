namespace Linkage.Contracts.Events.Intake;

/// <summary>A 容缺 case whose deferred materials were not supplied by the committed date was terminated (终止).</summary>
public sealed record CaseTerminated(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    IReadOnlyList<string> MissingMaterialCodes,
    DateOnly SupplyBy,
    DateTimeOffset TerminatedAt);
