using Linkage.Contracts.Events.Intake;

namespace Linkage.Contracts.Events.Approval;

/// <summary>Every department approved (并联审批 joined); certificates may issue a licence.</summary>
public sealed record CaseApproved(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string MatterName,
    string ImplementationCode,
    int ImplementationVersion,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string HolderName,
    string HolderMaskedId,
    string HolderIdDigest,
    DateTimeOffset ApprovedAt,
    string? HolderKind = null,          // "person" | "organisation" (added with issue 5)
    string? HolderCreditCode = null,    // organisations: the unified social credit code (merged licences key on it)
    BundleSummary? Bundle = null,       // one-thing cases: the bundle as accepted (added with issue 5 item 4)
    IReadOnlyList<LegFiling>? Filings = null,
    string? SubmittedAtDivision = null,    // the station's division (decision 0625): a licence for another deployment's station goes down
    LegalRepresentative? HolderRepresentative = null); // an organisation's legal representative as intake recorded it (0672)

/// <summary>One leg of a one-thing case as approved: its pinned entry, the departments that approved it and when
/// its join completed.</summary>
public sealed record LegFiling(
    string ImplementationCode,
    int ImplementationVersion,
    string MatterCode,
    string MatterName,
    IReadOnlyList<string> ApprovingDepartments,
    DateTimeOffset ApprovedAt);
