using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.GetCase;

/// <summary>A case as supervisors see it: deadline, status, punctuality and what happened when.</summary>
public sealed record SupervisedCaseView(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string? MatterName,
    PlaceView HandledBy,
    PlaceView SubmittedTo, // where it was submitted (an …At name is an instant)
    DateOnly AcceptedOn,
    DateOnly DueDate,
    int? CommittedWorkingDays,
    SupervisedCaseStatus Status,
    string? Outcome,
    DateOnly? CompletedOn,
    bool? OnTime,
    bool? Early,
    int? OverdueWorkingDays,
    bool Instant,
    AlertLevel? Alert,
    IReadOnlyList<TimelineEntryView> Timeline,
    DateOnly? ClockStoppedOn,
    int StoppedWorkingDays,
    IReadOnlyList<StepView> Steps)
{
    public static SupervisedCaseView From(SupervisedCase c, AlertLevel? alert) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.MatterName,
        new PlaceView(c.HandlingOrgUnitId, c.HandlingDivision), new PlaceView(c.SubmittedAtOrgUnitId, c.SubmittedAtDivision),
        c.AcceptedOn, c.DueDate, c.CommittedWorkingDays, c.Status, c.Outcome, c.CompletedOn,
        c.OnTime, c.Early, c.OverdueWorkingDays, c.Instant, alert, c.Timeline.OrderBy(e => e.At).Select(e => new TimelineEntryView(e.Kind, e.At, e.Detail)).ToList(),
        c.ClockStoppedOn, c.StoppedWorkingDays,
        c.Steps.OrderBy(s => s.Deadline).Select(s => new StepView(s.TaskId, s.DepartmentId, s.Deadline, s.Decision, s.DecidedAt)).ToList());
}

public sealed record PlaceView(string OrgUnitId, string Division);

public sealed record TimelineEntryView(TimelineEntryKind Kind, DateTimeOffset At, string? Detail);

/// <summary>One department's task (环节) with its deadline as moved by stops and extensions.</summary>
public sealed record StepView(Guid TaskId, string DepartmentId, DateOnly DueDate, string? Decision, DateTimeOffset? DecidedAt);
