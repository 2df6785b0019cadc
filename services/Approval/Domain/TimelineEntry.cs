namespace Linkage.Approval.Domain;

/// <summary>One line of a case's review timeline (for supervision): what happened, when, by which department.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry() { }

    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Kind { get; private set; } = "";
    public string? DepartmentId { get; private set; }
    public string? LegCode { get; private set; }
    public string? ActorName { get; private set; }
    public string? Detail { get; private set; }

    internal static TimelineEntry Of(
        Guid caseId, DateTimeOffset at, string kind, string? departmentId, string? actor, string? detail, string? legCode = null) =>
        new() { CaseId = caseId, At = at, Kind = kind, DepartmentId = departmentId, ActorName = actor, Detail = detail, LegCode = legCode };
}
