using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using static Linkage.Supervision.Tests.IntakeEvents;

namespace Linkage.Supervision.Tests;

/// <summary>Approval's events as approval publishes them: the due dates in them are approval's own arithmetic,
/// repeated here on the same calendar.</summary>
public static class ApprovalEvents
{
    public static ReviewOpened Opened(CaseAccepted a, params (string Department, DateOnly Deadline)[] tasks) => new(
        a.CaseId, a.CaseNumber, tasks.Select(t => t.Department).Distinct().ToList(), a.DueDate, At(a.AcceptedOn, 10), null,
        tasks.Select(t => new TaskDeadline(Guid.NewGuid(), t.Department, t.Deadline)).ToList());

    public static DepartmentDecided Decided(ReviewOpened opened, string department, DateOnly on) =>
        new(opened.CaseId, opened.Tasks!.Single(t => t.DepartmentId == department).TaskId, department, "approved", At(on, 11));

    public static DeadlineExtended Extended(ReviewOpened opened, string department, int workingDays, DateOnly deadline, DateOnly caseDue, DateOnly on) =>
        new(opened.CaseId, opened.Tasks!.Single(t => t.DepartmentId == department).TaskId, department, workingDays,
            "现场核查需要补充时间", deadline, caseDue, At(on, 14));

    public static ClockStopped Stopped(CaseAccepted a, DateOnly on) =>
        new(a.CaseId, a.CaseNumber, "dept-scjg", "supplement", "请补正营业场所平面图", on, At(on, 15));

    public static ClockResumed Resumed(CaseAccepted a, int stoppedWorkingDays, DateOnly dueDate, DateOnly on) =>
        new(a.CaseId, a.CaseNumber, "supplement", stoppedWorkingDays, dueDate, on, At(on, 9));
}
