namespace Linkage.VideoReview.Domain;

/// <summary>Live and cancelled sessions come with the media integration.</summary>
public enum SessionStatus
{
    Scheduled,
    Concluded,
}
