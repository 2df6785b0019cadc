namespace Linkage.Ratings.Features.RateCase;

/// <summary>POST /api/ratings. Through an invitation <c>token</c> (or the applicant's <c>caseId</c> with the channel of
/// one of its invitations); grade 1–5; optional national indicators (1–5 each) of the channel's indicator set
/// (<c>online</c> or <c>offline</c>, current version); an optional comment.</summary>
public sealed record RateCaseRequest(
    string? Token,
    Guid? CaseId,
    string? Channel,
    int? Grade,
    string? IndicatorSet,
    Dictionary<string, int>? Indicators,
    string? Comment);
