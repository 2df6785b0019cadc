using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The rating as given (to its rater), and the rectification it opened when it was a bad one.</summary>
public sealed record RatingView(
    Guid Id,
    Guid CaseId,
    int Grade,
    string GradeLabel,
    RatingChannel Channel,
    string IndicatorSet,
    int IndicatorSetVersion,
    IReadOnlyDictionary<string, int> Indicators,
    string? Comment,
    DateTimeOffset RatedAt,
    RectificationSummary? Rectification)
{
    public static RatingView From(Rating r, Rectification? rectification) => new(
        r.Id, r.CaseId, r.Grade, Domain.Grade.Labels[r.Grade], r.Channel, r.IndicatorSet, r.IndicatorSetVersion, r.Indicators,
        r.Comment, r.RatedAt,
        rectification is null ? null : new RectificationSummary(rectification.Id, rectification.VisitDue, rectification.Deadline, rectification.Status));
}

public sealed record RectificationSummary(Guid Id, DateOnly? VisitDue, DateOnly? DueDate, RectificationStatus Status);
