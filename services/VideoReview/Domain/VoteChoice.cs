namespace Linkage.VideoReview.Domain;

public enum VoteChoice
{
    Approve,
    Reject,
    Abstain,
}
