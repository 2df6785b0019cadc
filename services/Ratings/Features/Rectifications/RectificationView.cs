using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>A ledger row as the handling unit and its supervisors see it. The rater stays anonymous here.</summary>
public sealed record RectificationView(
    Guid Id,
    Guid RatingId,
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string HandlingOrgUnitId,
    string HandlingDivision,
    int Grade,
    RatingChannel Channel,
    string? Comment,
    DateTimeOffset OpenedAt,
    DateOnly? Deadline,
    RectificationStatus Status)
{
    public static RectificationView From(Rectification r) => new(
        r.Id, r.RatingId, r.CaseId, r.CaseNumber, r.MatterCode, r.HandlingOrgUnitId, r.HandlingDivision, r.Grade,
        r.Channel, r.Comment, r.OpenedAt, r.Deadline, r.Status);
}
