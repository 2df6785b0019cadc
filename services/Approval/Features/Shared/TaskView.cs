using Linkage.Approval.Domain;

namespace Linkage.Approval.Features.Shared;

/// <summary>A department's review task with the case facts a reviewer needs.</summary>
public sealed record TaskView(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string MatterName,
    HolderView Applicant, // 申请人 (api-style: never "holder")
    string DepartmentId,
    string DepartmentName,
    ReviewTaskStatus Status,
    DateOnly DueDate, // the department's 办理时限
    TaskCaseView Case, // the case's own facts beside the task's (api-style: never "caseDueDate")
    ReviewCaseStatus CaseStatus,
    string? Reason,
    string? LegalBasis,
    DateTimeOffset? DecidedAt,
    string? AssignedToName = null,
    int ExtendedWorkingDays = 0,
    ClockStopKind? ClockStoppedFor = null,
    string? LegCode = null,
    string? LegMatterName = null,
    DateOnly? KeyProjectTargetOn = null) // 重点项目 (绿色通道): listed first, with its internal target
{
    public static TaskView From(ReviewTask t, ReviewCase c) => new(
        t.Id, c.Id, c.CaseNumber, c.MatterCode, c.MatterName, HolderView.From(c.Holder), t.DepartmentId,
        t.DepartmentName, t.Status, t.Deadline, new TaskCaseView(c.DueDate), c.Status, t.Reason, t.LegalBasis, t.DecidedAt,
        t.AssignedToName, t.ExtendedWorkingDays, c.ClockStopKind, t.LegCode,
        c.Legs.FirstOrDefault(l => l.ImplementationCode == t.LegCode)?.MatterName, c.KeyProjectTargetOn);
}
