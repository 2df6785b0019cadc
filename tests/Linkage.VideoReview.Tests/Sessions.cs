namespace Linkage.VideoReview.Tests;

public static class Sessions
{
    public static object JointReview(Guid caseId, DateTimeOffset? at = null) => new
    {
        caseId,
        purpose = "joint-review",
        scheduledAt = at ?? DateTimeOffset.UtcNow.AddDays(2),
        participants = new[]
        {
            new { orgUnitId = "ou-350926-centre", departmentId = (string?)"dep-350926-scjg" },
            new { orgUnitId = "ou-350926-centre", departmentId = (string?)"dep-350926-wsjk" },
            new { orgUnitId = "ou-350900-centre", departmentId = (string?)null },
        },
    };

    public static object Conclusion(string decision = "approved") => new
    {
        minutes = "市县两级联审：材料齐全，现场条件符合要求。",
        decision,
        votes = new[]
        {
            new { orgUnitId = "ou-350926-centre", departmentId = "dep-350926-scjg", choice = "approve" },
            new { orgUnitId = "ou-350926-centre", departmentId = "dep-350926-wsjk", choice = "abstain" },
        },
    };
}
