using Linkage.Bench;
using Linkage.Bench.Lifecycle;

namespace Linkage.Architecture.Tests;

/// <summary>The life cycle's closed loop (tests/Linkage.Bench, decision 0778): a certificate counts in the window it was
/// issued in, each once, whenever its case was submitted; the warm-up ends when two windows in a row agree.</summary>
public sealed class ClosedLoopWindowTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_certificate_counts_in_the_window_it_was_issued_in_and_in_no_other()
    {
        var issued = new Completions();
        issued.Add(S(4.9), S(4.9)); // a cold case, submitted at the start
        issued.Add(S(5.0), S(1.0)); // on the first window's end
        issued.Add(S(5.1), S(5.0)); // submitted in the warm-up, issued in the next window
        issued.Add(S(10.0), S(1.5));

        Assert.Equal([S(4.9), S(1.0)], issued.In(S(0), S(5)));
        Assert.Equal([S(5.0), S(1.5)], issued.In(S(5), S(10)));
        Assert.Equal(2 / 5.0, issued.RateIn(S(5), S(10)));
        Assert.Empty(issued.In(S(10), S(15)));
    }

    [Fact]
    public void The_warm_up_goes_on_while_the_rate_climbs_and_ends_when_two_windows_agree()
    {
        Assert.False(WarmUp.Settled([3.0]));
        Assert.False(WarmUp.Settled([3.0, 9.0]));
        Assert.False(WarmUp.Settled([3.0, 9.0, 14.0]));
        Assert.True(WarmUp.Settled([3.0, 9.0, 14.0, 15.0]));
        Assert.Contains("(settled: ", new WarmUp(S(5), [3.0, 9.0, 14.0, 15.0]).ToString(), StringComparison.Ordinal);
        Assert.Contains("NOT settled", new WarmUp(S(5), [3.0, 9.0]).ToString(), StringComparison.Ordinal);
    }
}
