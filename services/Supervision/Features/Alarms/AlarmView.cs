using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Alarms;

public sealed record AlarmView(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    AlarmKind Kind,
    AlertLevel Level,
    AlarmState State,
    Guid? TaskId,
    Guid? OrderId,
    string? DepartmentId,
    string HandlingDivision,
    DateOnly DueDate,
    DateOnly RaisedOn,
    DateTimeOffset RaisedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgedAt,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    string? Note)
{
    public static AlarmView From(Alarm a) => new(a.Id, a.CaseId, a.CaseNumber, a.Kind, a.Level, a.State, a.TaskId, a.OrderId, a.DepartmentId,
        a.HandlingDivision, a.Deadline, a.RaisedOn, a.RaisedAt, a.AcknowledgedBy, a.AcknowledgedAt, a.ResolvedBy, a.ResolvedAt, a.Note);
}
