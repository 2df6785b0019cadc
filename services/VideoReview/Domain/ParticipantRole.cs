namespace Linkage.VideoReview.Domain;

/// <summary>What a seat in a session may do. Reviewers (a department, or a centre of another tier) join, vote for
/// themselves and may conclude; the recorder joins and may conclude (writes the minutes) but does not vote; the
/// applicant's representative only joins.</summary>
public enum ParticipantRole
{
    Reviewer,                // 审查人员
    Recorder,                // 记录员
    ApplicantRepresentative, // 申请人代表
}
