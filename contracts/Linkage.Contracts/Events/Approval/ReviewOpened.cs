namespace Linkage.Contracts.Events.Approval;

public sealed record ReviewOpened(
    Guid CaseId,
    string CaseNumber,
    IReadOnlyList<string> DepartmentIds,
    DateOnly DueDate,
    DateTimeOffset OpenedAt);
