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

    /// <summary>The station's division whose deployment relayed the rating (0628): the unit tells it every step, a mirror
    /// sends the follow-up from it (0519).</summary>
    public string? RelayedFrom { get; private set; }

    /// <summary>At the unit: the events sent down to <see cref="RelayedFrom"/> so far, their sequence.</summary>
    public int SentDown { get; private set; }

    /// <summary>At the station's deployment: a copy of another deployment's row for the rater to read, outside this
    /// deployment's ledger, sweeps and figures (0519).</summary>
    public bool Mirror { get; private set; }

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
        RelayedFrom = rating.IsRelayed ? @case.SubmittedAtDivision : null,
    };

    /// <summary>The copy of the handling unit's row, kept where the rating was given, found by the rater's own digest.</summary>
    public static Rectification MirrorOf(Guid id, Rating rating, RateableCase @case, DateTimeOffset openedAt)
    {
        var mirror = OpenFor(rating, @case, visitDue: null, deadline: null);
        (mirror.Id, mirror.OpenedAt, mirror.RelayedFrom, mirror.Mirror) = (id, openedAt, @case.SubmittedAtDivision, true);
        return mirror;
    }

    /// <summary>A mirror takes the handling unit's state as it came down; a follow-up given here stays until it returns.</summary>
    public void Follow(RectificationState s) =>
        (Status, Resolution, Result, VisitedAt, FedBackAt, AppealUpheld, FollowUpGrade, FollowUpComment, ClosedAt) =
        (s.Status, s.Resolution, s.Result, s.VisitedAt, s.FedBackAt, s.AppealUpheld, s.FollowUpGrade ?? FollowUpGrade,
            s.FollowUpComment ?? FollowUpComment, s.ClosedAt);

    /// <summary>The rater's follow-up on a mirror: kept here and sent up; the unit closes the row.</summary>
    public void FollowUpSent(int grade, string? comment) => (FollowUpGrade, FollowUpComment) = (grade, comment);

    public bool FollowUpOpen => Status == RectificationStatus.FedBack && FollowUpGrade is null;

    public int NextSentDown() => ++SentDown;

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
