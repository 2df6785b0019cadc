namespace Linkage.Contracts.Events.Ratings;

/// <summary>回访: the contact relay asks the rater to take the handling unit's return visit. Only the relay learns
/// who rated; the unit works with the rectification id.</summary>
public sealed record ReturnVisitRequested(
    Guid RectificationId,
    string ApplicantIdDigest,
    string MatterCode,
    string HandlingOrgUnitId,
    DateOnly VisitDue);
