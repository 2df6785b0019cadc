namespace Linkage.Ratings.Features.RateCase;

/// <summary>POST /api/ratings. Grade 1–5; channel window | station | online | app | sms | hotline;
/// optional dimension scores (1–5 each) and a comment.</summary>
public sealed record RateCaseRequest(
    Guid? CaseId,
    int? Grade,
    string? Channel,
    Dictionary<string, int>? Dimensions,
    string? Comment);
