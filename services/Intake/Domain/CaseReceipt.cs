using Linkage.Contracts.Events.Intake;

namespace Linkage.Intake.Domain;

/// <summary>What intake knows when an application is received, before the two-slip decision.</summary>
public sealed record CaseReceipt(
    string CaseNumber,
    Channel Channel,
    PinnedMatter Matter,
    OrgUnitRef SubmittedAt,
    OrgUnitRef HandledBy,
    Applicant Applicant,
    ProxyAgent? Agent,
    IReadOnlyList<string> SubmittedMaterials);

/// <summary>The matter and the implementation entry pinned at receipt, with its committed limit; for a one-thing
/// bundle (一件事一次办) the bundle read as one entry, and its legs.</summary>
public sealed record PinnedMatter(
    string MatterCode, string MatterName, string ImplementationCode, int ImplementationVersion, TimeLimitTerms Limit,
    BundleSummary? Bundle = null);

/// <summary>An org unit (a service centre or station) and the division it serves.</summary>
public sealed record OrgUnitRef(string OrgUnitId, string Division, string Name = "");
