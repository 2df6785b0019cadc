using Linkage.Bench.Lifecycle;

namespace Linkage.Architecture.Tests;

/// <summary>The life cycle's paced run of carried cases (tests/Linkage.Bench, decision 0785): a case counts in the
/// measured window by when it was due, so the warm-up's cases never count and a window case counts however late its
/// certificate came; a case with no certificate counts as failed, not as a latency.</summary>
public sealed class PacedCasesWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_case_counts_by_when_it_was_due_and_one_without_a_certificate_is_a_failure()
    {
        var cases = new CarriedCases();
        cases.Add(S(4.9), Start, Start + S(30)); // warm-up: slow, and not counted
        cases.Add(S(5.0), Start + S(5), Start + S(5.2)); // the window's first case
        cases.Add(S(6.0), Start + S(6), Start + S(9)); // certified after the submissions ended: still counted
        cases.Add(S(7.0), Start + S(7), null); // not certified within the give-up

        var (submitted, failed, latencies) = cases.From(S(5));

        Assert.Equal(3, submitted);
        Assert.Equal(1, failed);
        Assert.Equal([S(0.2), S(3)], latencies.Order()); // not the warm-up's 30 s
    }
}
