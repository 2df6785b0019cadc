using Linkage.Contracts.Events.Intake;

namespace Linkage.Contracts.Events.Approval;

/// <summary>A review plan opened. On a one-thing case <c>Bundle</c> is the bundle as accepted and
/// <c>DepartmentIds</c> lists each department once, whatever the number of legs it reviews. <c>Tasks</c> (added
/// with issue 12) gives each department task's own deadline, for step supervision (环节监察).</summary>
public sealed record ReviewOpened(
    Guid CaseId,
    string CaseNumber,
    IReadOnlyList<string> DepartmentIds,
    DateOnly DueDate,
    DateTimeOffset OpenedAt,
    BundleSummary? Bundle = null,
    IReadOnlyList<TaskDeadline>? Tasks = null);

public sealed record TaskDeadline(Guid TaskId, string DepartmentId, DateOnly Deadline);
