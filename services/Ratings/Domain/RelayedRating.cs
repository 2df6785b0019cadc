namespace Linkage.Ratings.Domain;

/// <summary>What the station's deployment tells of a rating it took for a case handled here (decision 0628).</summary>
public sealed record RelayedRating(
    Guid Id, RatingChannel Channel, int Grade, string IndicatorSet, int IndicatorSetVersion, IReadOnlyDictionary<string, int> Indicators,
    string? Comment, DateTimeOffset RatedAt);
