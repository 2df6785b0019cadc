namespace Linkage.Ratings.Domain;

/// <summary>A row of the bad-rating rectification ledger (差评整改台账): owned by the unit that handled the
/// case, due within a configured number of working days.</summary>
public sealed class Rectification
{
    private Rectification() { }

    public Guid Id { get; private set; }
    public Guid RatingId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string MatterCode { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public int Grade { get; private set; }
    public RatingChannel Channel { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public RectificationStatus Status { get; private set; }

    public static Rectification OpenFor(Rating rating, RateableCase @case, DateOnly? deadline) => new()
    {
        Id = Guid.CreateVersion7(rating.RatedAt),
        RatingId = rating.Id,
        CaseId = @case.Id,
        CaseNumber = @case.CaseNumber,
        MatterCode = @case.MatterCode,
        HandlingOrgUnitId = @case.HandlingOrgUnitId,
        HandlingDivision = @case.HandlingDivision,
        Grade = rating.Grade,
        Channel = rating.Channel,
        Comment = rating.Comment,
        OpenedAt = rating.RatedAt,
        Deadline = deadline,
        Status = RectificationStatus.Open,
    };
}
