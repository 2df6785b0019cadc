namespace Linkage.Contracts.Events.Supervision;

/// <summary>A centre admin marked a case as a key project (重点项目, 绿色通道): an assigned guide (导办/全程代办) and an
/// internal target shorter than the legal due date. Approval puts its tasks first in reviewers' inboxes.</summary>
public sealed record KeyProjectMarked(
    Guid CaseId,
    string CaseNumber,
    string Guide,
    DateOnly TargetOn,
    string HandlingDivision,
    DateTimeOffset MarkedAt);
