using Linkage.Ratings.Domain;
using Microsoft.Extensions.Configuration;

namespace Linkage.Ratings;

/// <summary><c>Linkage:Ratings</c>: the local rectification deadline (15 working days in Sichuan and Zhejiang).</summary>
public sealed record RatingsSettings(int RectificationWorkingDays)
{
    public static RatingsSettings From(IConfiguration configuration)
    {
        var days = configuration.GetValue("Linkage:Ratings:RectificationWorkingDays", 15);
        if (days is < 1 or > 60)
            throw new InvalidOperationException($"Linkage:Ratings:RectificationWorkingDays must be 1 to 60 working days, not {days}.");
        return new RatingsSettings(days);
    }

    public RectificationDeadlineRule DeadlineRule() => new(RectificationWorkingDays);
}
