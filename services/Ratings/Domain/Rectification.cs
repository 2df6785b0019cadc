namespace Linkage.Ratings.Domain;

/// <summary>A row of the bad-rating rectification ledger (差评整改台账), owned by the unit that handled the case
/// (谁办理、谁负责). Its steps move it on in order; each is recorded with who and when.</summary>
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
    public string RaterIdDigest { get; private set; } = "";
    public int Grade { get; private set; }
    public RatingChannel Channel { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateOnly? VisitDue { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public RectificationStatus Status { get; private set; }
    public Resolution? Resolution { get; private set; }
    public string? Result { get; private set; }
    public DateTimeOffset? VisitedAt { get; private set; }
    public DateTimeOffset? FedBackAt { get; private set; }
    public bool AppealOverturned { get; private set; }
    public bool AppealUpheld { get; private set; }
    public int? FollowUpGrade { get; private set; }
    public string? FollowUpComment { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public bool VisitOverdueRaised { get; private set; }
    public bool OverdueRaised { get; private set; }

    public static Rectification OpenFor(Rating rating, RateableCase @case, DateOnly? visitDue, DateOnly? deadline) => new()
    {
        Id = Guid.CreateVersion7(rating.RatedAt),
        RatingId = rating.Id,
        CaseId = @case.Id,
        CaseNumber = @case.CaseNumber,
        MatterCode = @case.MatterCode,
        HandlingOrgUnitId = @case.HandlingOrgUnitId,
        HandlingDivision = @case.HandlingDivision,
        RaterIdDigest = @case.ApplicantIdDigest,
        Grade = rating.Grade,
        Channel = rating.Channel,
        Comment = rating.Comment,
        OpenedAt = rating.RatedAt,
        VisitDue = visitDue,
        Deadline = deadline,
        Status = RectificationStatus.Open,
    };

    public void Visit(DateTimeOffset at) => (Status, VisitedAt) = (RectificationStatus.Visited, at);

    public void Classify(Resolution resolution, string? text, DateTimeOffset at)
    {
        Resolution = resolution;
        switch (resolution)
        {
            case Domain.Resolution.Ledger: Status = RectificationStatus.Rectifying; break;
            case Domain.Resolution.Appeal: Status = RectificationStatus.Appealed; break;
            default: FeedBack(text!, at); break;
        }
    }

    public void FeedBack(string result, DateTimeOffset at) => (Status, Result, FedBackAt) = (RectificationStatus.FedBack, result, at);

    public void DecideAppeal(bool upheld, DateTimeOffset at)
    {
        if (upheld) (AppealUpheld, Status, ClosedAt) = (true, RectificationStatus.Closed, at);
        else (AppealOverturned, Resolution, Status) = (true, null, RectificationStatus.Visited);
    }

    public void FollowUp(int grade, string? comment, DateTimeOffset at) =>
        (FollowUpGrade, FollowUpComment, Status, ClosedAt) = (grade, comment, RectificationStatus.Closed, at);

    public void RaiseVisitOverdue() => VisitOverdueRaised = true;

    public void RaiseOverdue() => OverdueRaised = true;
}
