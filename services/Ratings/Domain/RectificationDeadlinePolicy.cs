using Linkage.Kernel;

namespace Linkage.Ratings.Domain;

/// <summary>A time limit of working days after the bad rating (回访 1, 整改 15 in Sichuan and Zhejiang; 10, 7 or 5
/// elsewhere). The rating day itself is not counted. Null — to be set later, never guessed — when the date falls
/// in a year whose State Council calendar is not loaded yet; the rating is never refused for it.</summary>
public sealed class RectificationDeadlinePolicy(int workingDays)
{
    public int WorkingDays { get; } = workingDays;

    public DateOnly? DeadlineFor(DateOnly ratedOn)
    {
        try
        {
            return WorkingDayCalendar.China.AddWorkingDays(ratedOn, WorkingDays);
        }
        catch (CalendarNotAnnouncedException)
        {
            return null;
        }
    }
}
