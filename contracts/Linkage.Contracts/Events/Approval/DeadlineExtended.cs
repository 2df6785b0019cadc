namespace Linkage.Contracts.Events.Approval;

/// <summary>A department extended its deadline within the legal extension (行政许可法 Art. 42), with a reason.</summary>
public sealed record DeadlineExtended(
    Guid CaseId,
    Guid TaskId,
    string DepartmentId,
    int WorkingDays,
    string Reason,
    DateOnly Deadline,
    DateOnly CaseDueDate,
    DateTimeOffset ExtendedAt);
