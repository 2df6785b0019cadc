using Microsoft.Extensions.Configuration;

namespace Linkage.Ratings;

/// <summary><c>Linkage:Ratings</c>: default time limits where a region has none of its own (return visit 1 working
/// day, rectification 15 working days), how long an invitation stays open for late ratings (15 days), and the
/// smallest cell the published figures show (k ratings), and how many notifications wait for the contact relay at
/// most (100,000, decision 0656).</summary>
public sealed record RatingsSettings(
    int RectificationWorkingDays, int VisitWorkingDays, int InvitationDays, int SmallCellThreshold, int NotificationsMaxLength = 100_000)
{
    public static RatingsSettings From(IConfiguration configuration) => new(
        Bounded(configuration, "RectificationWorkingDays", 15, 1, 60),
        Bounded(configuration, "VisitWorkingDays", 1, 1, 10),
        Bounded(configuration, "InvitationDays", 15, 1, 90),
        Bounded(configuration, "SmallCellThreshold", 5, 1, 1000),
        Bounded(configuration, "NotificationsMaxLength", 100_000, 1, 10_000_000));

    public TimeSpan InvitationPeriod => TimeSpan.FromDays(InvitationDays);

    private static int Bounded(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var value = configuration.GetValue($"Linkage:Ratings:{key}", fallback);
        if (value < min || value > max)
            throw new InvalidOperationException($"Linkage:Ratings:{key} must be {min} to {max}, not {value}.");
        return value;
    }
}
