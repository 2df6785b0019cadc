using Linkage.Approval.Domain;
using Linkage.Contracts.Events.VideoReview;

namespace Linkage.Approval.Messaging;

/// <summary>A department's vote in a video joint review as its action on its task: a decision, a supplement request
/// (补正), or nothing for an abstention.</summary>
public static class JointReviewVote
{
    private const string Basis = "远程视频联审会议结论";

    public static DepartmentDecision? Decision(VideoReviewVote vote) => vote.Choice switch
    {
        "approve" => new DepartmentDecision(ReviewDecision.Approve, vote.Remark, Basis),
        "reject" => new DepartmentDecision(ReviewDecision.Reject, vote.Remark ?? "远程视频联审未通过", Basis),
        _ => null,
    };

    public static ReviewCommand.RequestSupplement? Supplement(VideoReviewVote vote) =>
        vote.Choice == "request-supplement" && vote.Materials is { Count: > 0 } materials
            ? new ReviewCommand.RequestSupplement($"{Basis}：{vote.Remark}", [.. materials.Select(code => new MaterialRequest(code, code))])
            : null;
}
