namespace Linkage.Ratings.Domain;

/// <summary>Where a bad rating's rectification stands. Return visits, fixes, explanations and appeals
/// (回访、整改、解释、申诉) move it on in later work.</summary>
public enum RectificationStatus
{
    Open,
    Rectified,
    Explained,
    Appealed,
    Closed,
}
