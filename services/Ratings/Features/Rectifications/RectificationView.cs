using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>A ledger row as the handling unit and its supervisors see it: the rating, the complaint and the matter,
/// never who rated — no case, no case number, no rating id, no applicant.</summary>
public sealed record RectificationView(
    Guid Id,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    int Grade,
    RatingChannel Channel,
    string? Comment,
    DateTimeOffset OpenedAt,
    DateOnly? VisitDue,
    DateOnly? DueDate,
    RectificationStatus Status,
    Resolution? Resolution,
    string? Result,
    bool AppealUpheld,
    int? FollowUpGrade,
    DateTimeOffset? ClosedAt)
{
    public static RectificationView From(Rectification r) => new(
        r.Id, r.MatterCode, r.HandlingOrgUnitId, r.HandlingDivision, r.Grade, r.Channel, r.Comment, r.OpenedAt, r.VisitDue,
        r.Deadline, r.Status, r.Resolution, r.Result, r.AppealUpheld, r.FollowUpGrade, r.ClosedAt);
}
