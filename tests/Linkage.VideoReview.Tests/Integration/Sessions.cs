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

    /// <summary>The host's conclusion: minutes and decision; the departments cast their own votes.</summary>
    public static object Conclusion(string decision = "approved") => new
    {
        minutes = "市县两级联审：材料齐全，现场条件符合要求。",
        decision,
    };

    public static object Vote(string choice, string? remark = null, string[]? materials = null) => new { choice, remark, materials };
}
