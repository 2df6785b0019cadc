namespace Linkage.Kernel;

public enum TimeLimitUnit
{
    WorkingDays,
    CalendarDays,
}
