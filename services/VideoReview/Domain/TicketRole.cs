namespace Linkage.VideoReview.Domain;

/// <summary>Who a join ticket admits: the host moderates (mute, kick); the others take part in their seat's role.</summary>
public enum TicketRole
{
    Host,                    // 主持人
    Reviewer,                // 审查人员
    Recorder,                // 记录员
    ApplicantRepresentative, // 申请人代表
}
