using Linkage.Contracts.Events.Intake;

namespace Linkage.Intake.Domain;

/// <summary>What intake knows when an application is received, before the two-slip check.</summary>
public sealed record CaseReceipt(
    string CaseNumber,
    string MatterCode,
    string MatterName,
    string ImplementationCode,
    int ImplementationVersion,
    Channel Channel,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    string HandlingOrgUnitId,
    string HandlingOrgUnitName,
    string HandlingDivision,
    Applicant Applicant,
    ProxyAgent? Agent,
    IReadOnlyList<string> SubmittedMaterials,
    TimeLimitTerms Limit,
    BundleSummary? Bundle = null);
