namespace Linkage.Ratings.Domain;

/// <summary>A rating request that passed validation.</summary>
public sealed record ValidRating(
    Guid CaseId,
    int Grade,
    RatingChannel Channel,
    IReadOnlyDictionary<string, int> Dimensions,
    string? Comment);
