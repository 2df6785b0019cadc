namespace Linkage.Contracts.Events.Certificates;

/// <summary>An approved case owes a licence (应发证): its matter's catalog entry (or a leg's, or the bundle's merged
/// licence) produces one. Published by certificates from the catalog, in a transaction of its own so that a licence
/// that fails to issue is still known to be owed (docs/decisions/0596).</summary>
public sealed record LicenceDue(
    Guid CaseId,
    string CaseNumber,
    string HandlingDivision,
    DateTimeOffset ApprovedAt);
