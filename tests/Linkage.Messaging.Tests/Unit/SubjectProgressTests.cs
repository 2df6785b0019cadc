using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decisions 0657, 0708: an early event's gap timeout counts from the last move of its subject below it: an
/// earlier event applied, or an earlier event arriving for the first time; never a later one arriving.</summary>
public sealed class SubjectProgressTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 4, 0, 0, TimeSpan.Zero);

    private readonly Clock clock = new();
    private readonly SubjectProgress progress;

    public SubjectProgressTests() => progress = new SubjectProgress(FederationOptions.From(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Linkage:Federation:GapTimeout"] = "00:01:00" }).Build()), clock);

    [Fact]
    public void A_gap_filled_from_above_moves_the_events_above_each_arrival_and_an_application_moves_all_above_it()
    {
        progress.Arrived(At(0, Event(12)));
        progress.Arrived(At(10, Event(11)));
        Assert.Equal(Seconds(10), progress.WaitingSince(Event(12), Seconds(0)));
        Assert.Equal(Seconds(10), progress.WaitingSince(Event(11), Seconds(10)));

        progress.Arrived(At(20, Event(13)));
        Assert.Equal(Seconds(10), progress.WaitingSince(Event(12), Seconds(0))); // a later event fills no gap below it

        progress.Applied(At(30, Event(10)));
        Assert.Equal(Seconds(30), progress.WaitingSince(Event(12), Seconds(0)));
        Assert.Equal(Seconds(30), progress.WaitingSince(Event(11), Seconds(10)));
        Assert.Equal(Seconds(5), progress.WaitingSince(Event(10, "other"), Seconds(5)));
    }

    [Fact]
    public void Events_arriving_in_order_behind_a_gap_do_not_move_each_other()
    {
        progress.Arrived(At(0, Event(2)));
        progress.Arrived(At(10, Event(3)));
        progress.Arrived(At(20, Event(4)));

        Assert.Equal(Seconds(0), progress.WaitingSince(Event(2), Seconds(0)));
        Assert.Equal(Seconds(10), progress.WaitingSince(Event(3), Seconds(10)));
        Assert.Equal(Seconds(20), progress.WaitingSince(Event(4), Seconds(20)));
        Assert.Equal(Seconds(5), progress.WaitingSince(Event(5), Seconds(5))); // 3's and 4's arrivals moved nothing
    }

    [Fact]
    public void An_arrival_older_than_the_gap_timeout_gives_way_to_a_later_one_which_moves_only_the_events_above_it()
    {
        progress.Arrived(At(0, Event(5)));
        progress.Arrived(At(120, Event(9)));
        Assert.Equal(Seconds(120), progress.WaitingSince(Event(10), Seconds(100)));
        Assert.Equal(Seconds(100), progress.WaitingSince(Event(7), Seconds(100)));
    }

    private FederationEvent At(int seconds, FederationEvent e)
    {
        clock.Now = Seconds(seconds);
        return e;
    }

    private static DateTimeOffset Seconds(int s) => T0.AddSeconds(s);

    private static FederationEvent Event(long n, string subject = "case-1") =>
        new() { Id = Guid.NewGuid().ToString(), Source = "/linkage/other", Type = "linkage.test.v1", Subject = subject, Sequence = n, Signer = "other" };

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = T0;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
