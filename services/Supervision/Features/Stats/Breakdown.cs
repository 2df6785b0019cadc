using Linkage.Kernel;
using Linkage.ServiceDefaults.Queries;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The <c>by=</c> dimensions of a breakdown.</summary>
public enum Breakdown
{
    Day,
    Week,        // ISO week, keyed by its Monday
    Month,
    Matter,      // 事项
    OrgUnit,     // the handling unit (centre or department office)
    ChildRegion, // the divisions one level below the one asked for
    Window,      // 受理窗口: the unit that received the case (a centre's window or a village station)
    Department,  // 审查部门: its tasks — opened, decided, decided by the step deadline (decision 0521)
}

public static class BreakdownKeys
{
    public const int MaxDays = 366;

    /// <summary>The period of a figures query (breakdown, rolled-up state): at most <see cref="MaxDays"/> days.</summary>
    public static Period? PeriodOf(string? from, string? to, DateOnly today, FieldErrors errors)
    {
        var period = Period.Parse(from, to, today, errors);
        if (period is not null && period.To.DayNumber - period.From.DayNumber >= MaxDays) errors.Add("to", $"At most {MaxDays} days per query.");
        return period;
    }

    public static string DayKey(Breakdown by, DateOnly day) => by switch
    {
        Breakdown.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd"),
        Breakdown.Month => day.ToString("yyyy-MM"),
        _ => day.ToString("yyyy-MM-dd"),
    };

    /// <summary>The child division holding <paramref name="division"/>, as a 12-digit code.</summary>
    public static string ChildOf(DivisionCode parent, string division) => division[..ChildLength(parent)].PadRight(12, '0');

    /// <summary>The digits that name a child of <paramref name="parent"/>.</summary>
    public static int ChildLength(DivisionCode parent) => parent.Level switch
    {
        DivisionLevel.Province => 4,
        DivisionLevel.City => 6,
        DivisionLevel.County => 9,
        _ => 12,
    };
}
