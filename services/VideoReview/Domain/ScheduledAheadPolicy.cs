namespace Linkage.VideoReview.Domain;

/// <summary>A session is scheduled ahead (a little clock skew allowed) and within a year.</summary>
public static class ScheduledAheadPolicy
{
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(10);

    public static bool Holds(DateTimeOffset scheduledAt, DateTimeOffset now) =>
        scheduledAt >= now - Skew && scheduledAt <= now.AddYears(1);
}
