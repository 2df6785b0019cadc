using Linkage.Kernel;

namespace Linkage.Ratings.Domain;

/// <summary>整改时限: a number of working days after the bad rating, set locally (15 in Sichuan and Zhejiang;
/// 10, 7 or 5 elsewhere). The rating day itself is not counted.</summary>
public sealed class RectificationDeadlineRule(int workingDays)
{
    public int WorkingDays { get; } = workingDays;

    public DateOnly DeadlineFor(DateOnly ratedOn) => WorkingDayCalendar.China.AddWorkingDays(ratedOn, WorkingDays);
}
