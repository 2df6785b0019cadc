using Linkage.Approval.Domain;

namespace Linkage.Approval.Features.GetTimeline;

/// <summary>A case's clock as supervision sees it: due date, whether it stands still and why, the working days it
/// stood still so far, each department's deadline, and every event in order.</summary>
public sealed record TimelineView(
    Guid CaseId,
    string CaseNumber,
    ReviewCaseStatus Status,
    DateOnly AcceptedOn,
    DateOnly DueDate,
    ClockStopKind? ClockStoppedFor,
    DateOnly? ClockStoppedOn,
    int StoppedWorkingDays,
    IReadOnlyList<DeadlineView> Deadlines,
    IReadOnlyList<TimelineEntryView> Entries)
{
    public static TimelineView From(ReviewCase c, IReadOnlyList<TimelineEntry> entries) => new(
        c.Id, c.CaseNumber, c.Status, c.AcceptedOn, c.DueDate, c.ClockStopKind, c.ClockStoppedOn, c.StoppedWorkingDays,
        c.Tasks.OrderBy(t => t.LegCode, StringComparer.Ordinal).ThenBy(t => t.DepartmentId, StringComparer.Ordinal)
            .Select(t => new DeadlineView(t.DepartmentId, t.Status, t.Deadline, t.ExtendedWorkingDays, t.LegCode)).ToList(),
        entries.Select(e => new TimelineEntryView(e.At, e.Kind, e.DepartmentId, e.ActorName, e.Detail, e.LegCode)).ToList());
}

public sealed record DeadlineView(string DepartmentId, ReviewTaskStatus Status, DateOnly DueDate, int ExtendedWorkingDays, string? LegCode);

public sealed record TimelineEntryView(
    DateTimeOffset At, string Kind, string? DepartmentId, string? ActorName, string? Detail, string? LegCode);
