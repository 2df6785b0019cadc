namespace Linkage.Contracts.Federation;

/// <summary>The follow-up rating (追评) the rater gave at the station's deployment on the copy of a rectification that
/// was fed back (decision 0519): it goes up to the unit that handled the case (target division =
/// <see cref="HandlingDivision"/>), speaking for <see cref="SubmittedAtDivision"/>, which takes it as its own follow-up
/// step and closes the rectification. Subject = the rating id, after its <see cref="RatingRelayed"/> (sequence 2: a
/// rectification takes one follow-up). Who rated stays at the station.</summary>
public sealed record FollowUpRelayed(
    Guid RatingId,
    Guid RectificationId,
    string SubmittedAtDivision,
    string HandlingDivision,
    int Grade,
    string? Comment,
    DateTimeOffset At,
    long Sequence = 2)
{
    public const string Type = "linkage.ratings.follow-up-relayed.v1";
}
