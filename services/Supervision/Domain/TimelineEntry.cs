namespace Linkage.Supervision.Domain;

/// <summary>One fact on a case's timeline, with when it happened at its source.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry() { }

    public Guid Id { get; private set; }
    public TimelineEntryKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? Detail { get; private set; }

    public static TimelineEntry Of(TimelineEntryKind kind, DateTimeOffset at, string? detail = null) =>
        new() { Id = Guid.CreateVersion7(at), Kind = kind, At = at.ToUniversalTime(), Detail = detail }; // timestamptz takes UTC only
}
