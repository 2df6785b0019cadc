namespace Linkage.Contracts.Events.Intake;

/// <summary>The case is finished (办结): approved, rejected, or decided at the window.</summary>
public sealed record CaseCompleted(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    string ApplicantIdDigest,
    string Outcome,        // "approved" | "rejected" | "instant"
    DateOnly AcceptedOn,
    DateOnly DueDate,
    DateTimeOffset CompletedAt,
    DateOnly CompletedOn,
    string? Channel = null,           // where it was handled: "window" | "online" | "proxy" (village station)
    string? AcceptedAtWindow = null,  // 受理窗口, as in CaseAccepted (0527)
    DateTimeOffset? ReceivedAt = null); // 收件, as in CaseAccepted (0509)
