namespace Linkage.Contracts.Events.Intake;

/// <summary>A missing-materials notice (缺件告知单) was issued: everything missing, listed at once. <c>ReceivedAt</c>: when the case came in (否定报备 of a late notice).</summary>
public sealed record MaterialsRequested(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    IReadOnlyList<string> MaterialCodes,
    DateTimeOffset RequestedAt,
    DateTimeOffset? ReceivedAt = null);
