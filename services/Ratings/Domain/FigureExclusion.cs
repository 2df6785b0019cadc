namespace Linkage.Ratings.Domain;

/// <summary>Audit row: a rating taken out of the published figures because the supervisor upheld the unit's
/// appeal (申诉成立) — why, by whom and when.</summary>
public sealed class FigureExclusion
{
    private FigureExclusion() { }

    public Guid Id { get; private set; }
    public Guid RatingId { get; private set; }
    public Guid RectificationId { get; private set; }
    public string Reason { get; private set; } = "";
    public string DecidedBy { get; private set; } = "";
    public DateTimeOffset DecidedAt { get; private set; }

    public static FigureExclusion For(Rectification r, string reason, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        RatingId = r.RatingId,
        RectificationId = r.Id,
        Reason = reason,
        DecidedBy = by,
        DecidedAt = at,
    };
}
