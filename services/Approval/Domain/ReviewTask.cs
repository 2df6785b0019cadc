using Linkage.Kernel;

namespace Linkage.Approval.Domain;

/// <summary>One department's review of one case (并联审批: one row per case, leg and department; single-matter
/// cases have no leg).</summary>
public sealed class ReviewTask
{
    private ReviewTask() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string? LegCode { get; private set; }
    public string DepartmentId { get; private set; } = "";
    public string DepartmentName { get; private set; } = "";
    public int LimitWorkingDays { get; private set; }
    public bool SignsOff { get; private set; }
    public DateOnly Deadline { get; private set; }
    public ReviewTaskStatus Status { get; private set; }
    public string? Reason { get; private set; }
    public string? LegalBasis { get; private set; }
    public string? DecidedBy { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? AssignedTo { get; private set; }
    public string? AssignedToName { get; private set; }
    public int ExtendedWorkingDays { get; private set; }

    /// <summary>Its case is a key project (重点项目, 绿色通道): the inbox lists it first. Kept on the task, beside the
    /// status and deadline it is ordered with, so one index serves the inbox (decision 0693).</summary>
    public bool KeyProject { get; private set; }

    /// <summary>An approved rejection waiting for the clock this task stopped (decision 0577).</summary>
    public ApprovedRejection? WaitingRejection { get; private set; }

    public bool IsPending => Status == ReviewTaskStatus.Pending;

    /// <summary>A task as stored, built from a row read without EF (decision 0852).</summary>
    internal static ReviewTask Stored(Guid id, Guid caseId, string? legCode, (string Id, string Name) department, int limitWorkingDays,
        bool signsOff, DateOnly deadline, ReviewTaskStatus status, (string? Reason, string? LegalBasis) grounds,
        (string? By, string? ByName, DateTimeOffset? At) decided, (string? To, string? ToName) assigned, int extendedWorkingDays,
        bool keyProject, ApprovedRejection? waitingRejection) => new()
    {
        Id = id, CaseId = caseId, LegCode = legCode, DepartmentId = department.Id, DepartmentName = department.Name,
        LimitWorkingDays = limitWorkingDays, SignsOff = signsOff, Deadline = deadline, Status = status, Reason = grounds.Reason,
        LegalBasis = grounds.LegalBasis, DecidedBy = decided.By, DecidedByName = decided.ByName, DecidedAt = decided.At,
        AssignedTo = assigned.To, AssignedToName = assigned.ToName, ExtendedWorkingDays = extendedWorkingDays,
        KeyProject = keyProject, WaitingRejection = waitingRejection,
    };

    internal static ReviewTask Plan(Guid caseId, PlannedDepartment department, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CaseId = caseId,
        LegCode = department.LegCode,
        DepartmentId = department.DepartmentId,
        DepartmentName = department.Name,
        LimitWorkingDays = department.LimitWorkingDays,
        SignsOff = department.SignsOff,
        Deadline = department.Deadline,
        Status = ReviewTaskStatus.Pending,
    };

    internal void Record(DepartmentDecision decision, Reviewer reviewer, DateTimeOffset now)
    {
        Status = decision.Decision == ReviewDecision.Approve ? ReviewTaskStatus.Approved : ReviewTaskStatus.Rejected;
        (Reason, LegalBasis) = (decision.Reason, decision.LegalBasis);
        (DecidedBy, DecidedByName, DecidedAt) = (reviewer.Subject, reviewer.Name, now);
        WaitingRejection = null;
    }

    internal void AwaitClock(ApprovedRejection rejection) => WaitingRejection = rejection;

    internal void PushDeadline(WorkingDayCalendar calendar, int workingDays)
    {
        if (workingDays > 0) Deadline = calendar.AddWorkingDays(Deadline, workingDays);
    }

    internal void Extend(WorkingDayCalendar calendar, int workingDays)
    {
        PushDeadline(calendar, workingDays);
        ExtendedWorkingDays += workingDays;
    }

    internal void MarkKeyProject() => KeyProject = true;

    internal void Reassign(string subject, string name) => (AssignedTo, AssignedToName) = (subject, name);
}
