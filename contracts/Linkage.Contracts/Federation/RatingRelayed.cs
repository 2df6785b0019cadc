namespace Linkage.Contracts.Federation;

/// <summary>A rating given at the station's deployment, through its own invitation, of a case the competent unit of
/// another deployment handled: it goes up to that unit (target division = <see cref="HandlingDivision"/>), whose
/// rectification loop owns a 差评 (decision 0628). It speaks for <see cref="SubmittedAtDivision"/>, the station's.
/// Who rated stays at the station: no digest, no subject. <see cref="RatingId"/> is the station's rating id, kept by
/// the receiver, and the subject of a sequence of one.</summary>
public sealed record RatingRelayed(
    Guid RatingId,
    Guid CaseId,
    string SubmittedAtDivision,
    string HandlingDivision,
    string Channel,
    int Grade,
    string IndicatorSet,
    int IndicatorSetVersion,
    IReadOnlyDictionary<string, int> Indicators,
    string? Comment,
    DateTimeOffset RatedAt,
    long Sequence = 1)
{
    public const string Type = "linkage.ratings.rating-relayed.v1";
}
