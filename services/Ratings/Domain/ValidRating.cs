namespace Linkage.Ratings.Domain;

/// <summary>A rating request that passed validation: through an invitation token, or (for the applicant's own
/// client) a case and the channel of one of its invitations.</summary>
public sealed record ValidRating(
    string? Token,
    Guid? CaseId,
    RatingChannel? Channel,
    int Grade,
    string? IndicatorSet,
    IReadOnlyDictionary<string, int> Indicators,
    string? Comment);
