using Linkage.Contracts.Events.Ratings;
using Linkage.Kernel;

namespace Linkage.Ratings.Domain;

/// <summary>One rating (评价) of one case, given through one invitation on its channel with the national indicators
/// of one set version. The handling unit, window and matter are copied for the published figures.</summary>
public sealed class Rating
{
    private Rating() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid? InvitationId { get; private set; }
    public RatingChannel Channel { get; private set; }
    public int Grade { get; private set; }
    public string IndicatorSet { get; private set; } = "";
    public int IndicatorSetVersion { get; private set; }
    public Dictionary<string, int> Indicators { get; private set; } = [];
    public string? Comment { get; private set; }
    public string MatterCode { get; private set; } = "";
    public string HandlingOrgUnitId { get; private set; } = "";
    public string HandlingDivision { get; private set; } = "";
    public string WindowOrgUnitId { get; private set; } = "";
    public string RaterSubject { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    public DateTimeOffset RatedAt { get; private set; }
    public DateOnly RatedOn { get; private set; }
    public bool ExcludedFromFigures { get; private set; }

    public bool IsBad => RatingGrades.IsBad(Grade);

    /// <summary>Given at the station's deployment and relayed here (<see cref="Relayed"/>).</summary>
    public bool IsRelayed => InvitationId is null && RaterSubject.StartsWith(StationRater, StringComparison.Ordinal);

    private const string StationRater = "station:";

    public static Rating Give(
        RateableCase @case, RatingInvitation invitation, IndicatorSet set, ValidRating input, string raterSubject,
        string? idempotencyKey, DateTimeOffset now, DateOnly today) => new()
    {
        Id = Guid.CreateVersion7(now),
        CaseId = @case.Id,
        InvitationId = invitation.Id,
        Channel = invitation.Channel,
        Grade = input.Grade,
        IndicatorSet = set.Code,
        IndicatorSetVersion = set.Version,
        Indicators = new Dictionary<string, int>(input.Indicators),
        Comment = input.Comment,
        MatterCode = @case.MatterCode,
        HandlingOrgUnitId = @case.HandlingOrgUnitId,
        HandlingDivision = @case.HandlingDivision,
        WindowOrgUnitId = @case.SubmittedAtOrgUnitId,
        RaterSubject = raterSubject,
        IdempotencyKey = idempotencyKey,
        RatedAt = now,
        RatedOn = today,
    };

    /// <summary>A rating given at the station's deployment and relayed here, to the unit that handled the case (decision
    /// 0628): the station's rating id, no invitation of ours, the rater named only as the station's division.</summary>
    public static Rating Relayed(RateableCase @case, RelayedRating r) => new()
    {
        Id = r.Id,
        CaseId = @case.Id,
        Channel = r.Channel,
        Grade = r.Grade,
        IndicatorSet = r.IndicatorSet,
        IndicatorSetVersion = r.IndicatorSetVersion,
        Indicators = new Dictionary<string, int>(r.Indicators),
        Comment = r.Comment,
        MatterCode = @case.MatterCode,
        HandlingOrgUnitId = @case.HandlingOrgUnitId,
        HandlingDivision = @case.HandlingDivision,
        WindowOrgUnitId = @case.SubmittedAtOrgUnitId,
        RaterSubject = StationRater + @case.SubmittedAtDivision,
        RatedAt = r.RatedAt,
        RatedOn = ChinaTime.ToLocalDate(r.RatedAt),
    };

    /// <summary>申诉成立: the rating no longer counts; the reason is kept in a <see cref="FigureExclusion"/>.</summary>
    public void Exclude() => ExcludedFromFigures = true;
}
