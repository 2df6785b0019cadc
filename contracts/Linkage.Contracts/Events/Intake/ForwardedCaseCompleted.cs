namespace Linkage.Contracts.Events.Intake;

/// <summary>At the station's deployment: the competent unit of another deployment finished a case forwarded from here,
/// and the station's copy completed with it. Only ratings listens (the invitation goes out where the resident was
/// served, decision 0628); the case is counted where it was handled, so supervision does not.</summary>
public sealed record ForwardedCaseCompleted(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    string ApplicantIdDigest,
    DateTimeOffset CompletedAt,
    string Channel);
