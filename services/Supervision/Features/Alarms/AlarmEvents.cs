using System.Text.Json;
using Linkage.Contracts.Events.Supervision;
using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Alarms;

/// <summary>Alarm facts as integration events, every field from the stored row.</summary>
public static class AlarmEvents
{
    public static AlarmRaised Raised(Alarm a) => new(a.Id, a.CaseId, a.CaseNumber, Kebab(a.Kind), Kebab(a.Level),
        a.TaskId, a.DepartmentId, a.HandlingDivision, a.Deadline, a.RaisedAt);

    public static string Kebab<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static AlarmAcknowledged Acknowledged(Alarm a) => new(a.Id, a.CaseId, a.AcknowledgedBy!, a.AcknowledgedAt!.Value);

    public static AlarmResolved Resolved(Alarm a) => new(a.Id, a.CaseId, a.ResolvedBy!, a.ResolvedAt!.Value, a.Note);
}
