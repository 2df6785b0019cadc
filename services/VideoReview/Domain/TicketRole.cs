namespace Linkage.VideoReview.Domain;

/// <summary>Who a join ticket admits: the host moderates (mute, kick), reviewers take part.</summary>
public enum TicketRole
{
    Host,       // 主持人
    Reviewer,   // 审查人员
}
