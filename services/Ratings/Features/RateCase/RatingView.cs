using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The rating as given, and the rectification it opened when it was a bad one.</summary>
public sealed record RatingView(
    Guid Id,
    Guid CaseId,
    int Grade,
    string GradeLabel,
    RatingChannel Channel,
    IReadOnlyDictionary<string, int> Dimensions,
    string? Comment,
    DateTimeOffset RatedAt,
    RectificationSummary? Rectification)
{
    public static RatingView From(Rating r, Rectification? rectification) => new(
        r.Id, r.CaseId, r.Grade, Domain.Grade.Labels[r.Grade], r.Channel, r.Dimensions, r.Comment, r.RatedAt,
        rectification is null ? null : new RectificationSummary(rectification.Id, rectification.Deadline, rectification.Status));
}

public sealed record RectificationSummary(Guid Id, DateOnly? Deadline, RectificationStatus Status);
