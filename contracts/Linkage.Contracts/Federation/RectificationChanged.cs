namespace Linkage.Contracts.Federation;

/// <summary>A step of the rectification of a rating the station's deployment relayed up (decision 0628, 0519): it goes
/// down to the station's deployment (target division = <see cref="SubmittedAtDivision"/>), speaking for
/// <see cref="HandlingDivision"/>, so the rater reads there what the unit did. Subject = the rating id, which both ends
/// share; <see cref="Sequence"/> counts the rectification's events sent down, from 1. It carries the row's state as the
/// rater's view shows it: <see cref="Step"/> (<c>assigned</c>, <c>visit</c>, <c>classify</c>, <c>complete</c>,
/// <c>appeal-decision</c>, <c>follow-up</c>), <see cref="Status"/> and <see cref="Resolution"/> in kebab case, the
/// unit's feedback, the dates; never the step notes or who acted.</summary>
public sealed record RectificationChanged(
    Guid RatingId,
    Guid RectificationId,
    Guid CaseId,
    string HandlingDivision,
    string SubmittedAtDivision,
    string Step,
    string Status,
    string? Resolution,
    string? Result,
    DateTimeOffset OpenedAt,
    DateTimeOffset? VisitedAt,
    DateTimeOffset? FedBackAt,
    bool AppealUpheld,
    int? FollowUpGrade,
    string? FollowUpComment,
    DateTimeOffset? ClosedAt,
    DateTimeOffset At,
    long Sequence)
{
    public const string Type = "linkage.ratings.rectification-changed.v1";
}
