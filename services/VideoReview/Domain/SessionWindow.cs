namespace Linkage.VideoReview.Domain;

/// <summary>When a session can be joined: from a while before its time until it expires unconcluded.</summary>
public static class SessionWindow
{
    public static readonly TimeSpan OpensBefore = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan ExpiresAfter = TimeSpan.FromHours(24);

    public static bool IsLive(this SessionStatus s) => s is SessionStatus.Scheduled or SessionStatus.Open or SessionStatus.InProgress;
}
