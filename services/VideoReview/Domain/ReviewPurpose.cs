namespace Linkage.VideoReview.Domain;

public enum ReviewPurpose
{
    JointReview,     // 远程视频联审: departments of several tiers review one project together
    SiteInspection,  // 云踏勘: the site is inspected over video
    BidEvaluation,   // 远程评标
}
