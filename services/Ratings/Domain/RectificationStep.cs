namespace Linkage.Ratings.Domain;

/// <summary>One step of a rectification: what, who and when (每一步留痕).</summary>
public sealed class RectificationStep
{
    private RectificationStep() { }

    public Guid Id { get; private set; }
    public Guid RectificationId { get; private set; }
    public string Step { get; private set; } = "";
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }

    public static RectificationStep Of(Guid rectificationId, string step, string by, DateTimeOffset at, string? note = null) => new()
    {
        Id = Guid.CreateVersion7(at),
        RectificationId = rectificationId,
        Step = step,
        By = by,
        At = at,
        Note = note,
    };
}
