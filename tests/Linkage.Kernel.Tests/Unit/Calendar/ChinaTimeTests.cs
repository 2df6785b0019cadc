using static Linkage.Kernel.Tests.Dates;

namespace Linkage.Kernel.Tests.Calendar;

public sealed class ChinaTimeTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Theory]
    [InlineData("2026-11-21T15:59:59Z", "2026-11-21")]
    [InlineData("2026-11-21T16:00:00Z", "2026-11-22")]
    [InlineData("2026-11-22T00:30:00+08:00", "2026-11-22")]
    [InlineData("2026-11-21T10:00:00-08:00", "2026-11-22")]
    public void Instants_map_to_the_date_in_Shanghai(string instant, string date)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(D(date), ChinaTime.ToLocalDate(at));
        Assert.Equal(D(date), ChinaTime.Today(new FixedClock(at)));
    }

    [Fact]
    public void Local_times_carry_the_plus_eight_offset_today()
    {
        var local = ChinaTime.ToLocal(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(8), local.Offset);
        Assert.Equal(9, local.Hour);
    }
}
