namespace Linkage.Contracts.Events.Intake;

/// <summary>The competent unit accepted the case (受理); approval opens its review plan from this.</summary>
public sealed record CaseAccepted(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string MatterName,
    string ImplementationCode,
    int ImplementationVersion,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    ApplicantSummary Applicant,
    DateTimeOffset AcceptedAt,
    DateOnly AcceptedOn,
    DateOnly DueDate,
    int CommittedWorkingDays,
    BundleSummary? Bundle = null,
    bool Instant = false,             // 即办件: decided at acceptance (a fee-bearing one finishes once paid; added with issue 18)
    string? AcceptedAtWindow = null,  // 受理窗口: the numbered hall window, "{centre org unit}#{window code}" (0527)
    DateTimeOffset? ReceivedAt = null); // 收件: when intake took the application (0509)
