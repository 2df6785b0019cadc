namespace Linkage.VideoReview.Domain;

public enum VoteChoice
{
    Approve,
    Reject,
    RequestSupplement, // 补正: the department's task asks the applicant for more
    Abstain,
}
