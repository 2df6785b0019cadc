namespace Linkage.Kernel;

/// <summary>Local dates in China (Asia/Shanghai), the basis of all working-day logic.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan StandardOffset = TimeSpan.FromHours(8);

    /// <summary>Asia/Shanghai from the system's time zone data, or a fixed UTC+08:00 zone where that data is
    /// missing (China has not observed daylight saving time since 1991).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateOnly ToLocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => ToLocalDate(clock.GetUtcNow());

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", StandardOffset, "China Standard Time", "China Standard Time");
        }
    }
}
