using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>超期工作日: how many working days past the due date a case finished. Work done on a rest day counts
/// as done on the next working day (as intake does for instant cases), so a late case is at least one day late.
/// Unknown (null) while the calendar of a year involved is not loaded: the fact is recorded, the count is not guessed.</summary>
public static class OverdueWorkingDaysPolicy
{
    public static int? For(DateOnly completedOn, DateOnly dueDate)
    {
        if (CompletedOnTimePolicy.Holds(completedOn, dueDate)) return null;
        var calendar = WorkingDayCalendar.China;
        try
        {
            var counted = calendar.IsWorkingDay(completedOn) ? completedOn : calendar.NextWorkingDay(completedOn);
            return calendar.WorkingDaysBetween(dueDate, counted);
        }
        catch (CalendarNotAnnouncedException)
        {
            return null;
        }
    }
}
