using Linkage.Bench.Lifecycle;

namespace Linkage.Architecture.Tests;

/// <summary>The life cycle's paced run of carried cases (tests/Linkage.Bench, decision 0785): a case counts in the
/// measured window by when it was due, so the warm-up's cases never count and a window case counts however late its
/// certificate came; a case with no certificate counts as failed, not as a latency; a case's latency runs from when it
/// was due, so a generator running late cannot hide its lag (decision 0802).</summary>
public sealed class PacedCasesWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void A_case_counts_by_when_it_was_due_and_one_without_a_certificate_is_a_failure()
    {
        var cases = new CarriedCases(Start);
        cases.Add(S(4.9), Start + S(4.9), Start + S(30)); // warm-up: slow, and not counted
        cases.Add(S(5.0), Start + S(5), Start + S(5.2)); // the window's first case
        cases.Add(S(6.0), Start + S(6), Start + S(9)); // certified after the submissions ended: still counted
        cases.Add(S(7.0), Start + S(7), null); // not certified within the give-up

        var (submitted, failed, latencies, _) = cases.From(S(5));

        Assert.Equal(3, submitted);
        Assert.Equal(1, failed);
        Assert.Equal([S(0.2), S(3)], latencies.Order()); // not the warm-up's 30 s
    }

    [Fact]
    public void A_case_the_generator_submitted_late_counts_its_latency_from_when_it_was_due()
    {
        var cases = new CarriedCases(Start);
        cases.Add(S(5.0), Start + S(5.0), Start + S(5.2)); // on time
        cases.Add(S(5.5), Start + S(7.5), Start + S(7.7)); // submitted 2 s late, certified 0.2 s after
        cases.Add(S(6.0), Start + S(7.5), null); // late too, and never certified

        var (_, failed, latencies, lags) = cases.From(S(5));

        Assert.Equal(1, failed);
        Assert.Equal([S(0.2), S(2.2)], latencies.Order()); // not 0.2 s for the late one: its wait for the generator counts
        Assert.Equal([S(0), S(1.5), S(2)], lags.Order());
    }
}
