namespace Linkage.VideoReview.Domain;

/// <summary>scheduled → open (the join window opened) → in progress (someone joined) → concluded; or expired
/// (never concluded in time) or cancelled by the host. Only live sessions have a room.</summary>
public enum SessionStatus
{
    Scheduled,
    Open,
    InProgress,
    Concluded,
    Expired,
    Cancelled,
}
