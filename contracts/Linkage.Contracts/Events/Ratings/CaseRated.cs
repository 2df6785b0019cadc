namespace Linkage.Contracts.Events.Ratings;

public sealed record CaseRated(
    Guid RatingId,
    Guid CaseId,
    int Grade,
    string Channel,
    string HandlingOrgUnitId,
    string HandlingDivision,
    DateTimeOffset RatedAt);
