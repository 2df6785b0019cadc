namespace Linkage.Ratings.Domain;

/// <summary>Where a bad rating's rectification stands (差评整改): assigned → visited (回访核实) → rectifying (台账),
/// appealed (申诉) or fed back at once → fed back to the rater → closed after the follow-up rating (追评).</summary>
public enum RectificationStatus
{
    Open,
    Visited,
    Rectifying,
    Appealed,
    FedBack,
    Closed,
}
