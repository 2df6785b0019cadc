namespace Linkage.Supervision.Domain;

/// <summary>What both intake events say about a case: enough to start watching it, whichever arrives first.
/// <see cref="AcceptedAtWindow"/>: the numbered hall window it was accepted at, if any (decision 0527). <see cref="TakenOn"/>:
/// the calendar day the event saw it taken (accepted, or completed first), which may be earlier than <see cref="AcceptedOn"/>
/// for a 即办件 taken on a rest day (decision 0586). <see cref="ReceivedOn"/>: the day intake received it (收件), when the event
/// says (decision 0509).</summary>
public sealed record CaseFacts(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    string SubmittedAtOrgUnitId,
    string SubmittedAtDivision,
    DateOnly AcceptedOn,
    DateOnly DueDate,
    string? AcceptedAtWindow = null,
    DateOnly? TakenOn = null,
    DateOnly? ReceivedOn = null);
