namespace Linkage.Contracts.Events.Approval;

public sealed record DepartmentDecided(
    Guid CaseId,
    Guid TaskId,
    string DepartmentId,
    string Decision,      // "approved" | "rejected"
    DateTimeOffset DecidedAt);
