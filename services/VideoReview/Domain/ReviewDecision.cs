namespace Linkage.VideoReview.Domain;

/// <summary>What the session concluded (审议结论).</summary>
public enum ReviewDecision
{
    Approved,
    Rejected,
    SupplementRequired, // 补正材料后再议
    Adjourned,          // 择期再议
}
