namespace Linkage.Ratings.Domain;

/// <summary>One rating (评价) of one case on one channel; the handling unit is copied for the published figures.</summary>
public sealed class Rating
{
    private Rating() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public RatingChannel Channel { get; private set; }
    public int Grade { get; private set; }
    public Dictionary<string, int> Dimensions { get; private set; } = [];
    public string? Comment { get; private set; }
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string RaterSubject { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    public DateTimeOffset RatedAt { get; private set; }
    public DateOnly RatedOn { get; private set; }

    public bool IsBad => BadRatingRule.Holds(Grade);

    public static Rating Give(
        RateableCase @case, ValidRating input, string raterSubject, string? idempotencyKey, DateTimeOffset now, DateOnly today) => new()
    {
        Id = Guid.CreateVersion7(now),
        CaseId = @case.Id,
        Channel = input.Channel,
        Grade = input.Grade,
        Dimensions = new Dictionary<string, int>(input.Dimensions),
        Comment = input.Comment,
        HandlingOrgUnitId = @case.HandlingOrgUnitId,
        HandlingDivision = @case.HandlingDivision,
        RaterSubject = raterSubject,
        IdempotencyKey = idempotencyKey,
        RatedAt = now,
        RatedOn = today,
    };
}
