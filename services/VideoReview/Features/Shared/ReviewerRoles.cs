namespace Linkage.VideoReview.Features.Shared;

/// <summary>Who schedules and concludes sessions. Supervisors and everyone else in scope may only read them.</summary>
public static class ReviewerRoles
{
    public static readonly string[] All =
        [Roles.WindowClerk, Roles.DepartmentReviewer, Roles.ChiefRepresentative, Roles.CentreAdmin, Roles.TierAdmin];
}
