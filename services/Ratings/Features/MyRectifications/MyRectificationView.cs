using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.MyRectifications;

/// <summary>The rater's own bad rating as its rectification stands (办理结果反馈): where it is, what the unit fed back
/// and when, and whether the one follow-up rating (追评) is open. Never anyone else's, and no staff names or notes
/// (decision 0638).</summary>
public sealed record MyRectificationView(
    Guid Id,
    string CaseNumber,
    string MatterCode,
    int Grade,
    RatingChannel Channel,
    string? Comment,
    DateTimeOffset OpenedAt,
    RectificationStatus Status,
    Resolution? Resolution,
    string? Result,
    DateTimeOffset? VisitedAt,
    DateTimeOffset? FedBackAt,
    bool AppealUpheld,
    int? FollowUpGrade,
    string? FollowUpComment,
    DateTimeOffset? ClosedAt,
    bool FollowUpOpen)
{
    public static MyRectificationView From(Rectification r) => new(
        r.Id, r.CaseNumber, r.MatterCode, r.Grade, r.Channel, r.Comment, r.OpenedAt, r.Status, r.Resolution, r.Result,
        r.VisitedAt, r.FedBackAt, r.AppealUpheld, r.FollowUpGrade, r.FollowUpComment, r.ClosedAt,
        r.FollowUpOpen);
}
