namespace Linkage.Supervision.Features.Stats;

/// <summary>The figures a centre publishes for a subtree and period (seed 000: on-time 99.8 %, early 99.4 %,
/// instant ~81 %; seed 002: 现场办结率, decision 0586). Rates are shares of the cases completed in the period; null when none were.
/// Received (收件) counts applications taken, accepted or not; Accepted (受理) the cases accepted (decision 0509).</summary>
public sealed record SupervisionStats(
    string Division,
    DateOnly From,
    DateOnly To,
    int Received,
    int Completed,
    int OnTime,
    int Early,
    int Instant,
    int Overdue,
    decimal? OnTimeRate,
    decimal? EarlyRate,
    decimal? InstantRate,
    int OnSite,
    decimal? OnSiteRate,
    int Accepted)
{
    public static SupervisionStats Of(string division, DateOnly from, DateOnly to, StatsCounts n) => new(
        division, from, to, n.Received, n.Completed, n.OnTime, n.Early, n.Instant, n.CompletedLate + n.OpenOverdue,
        Rate(n.OnTime, n.Completed), Rate(n.Early, n.Completed), Rate(n.Instant, n.Completed), n.OnSite, Rate(n.OnSite, n.Completed), n.Accepted);

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}

/// <summary>Raw counts from one query.</summary>
public sealed record StatsCounts(int Received, int Completed, int OnTime, int Early, int Instant, int CompletedLate, int OpenOverdue, int OnSite,
    int Accepted = 0)
{
    public static readonly StatsCounts None = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static StatsCounts operator +(StatsCounts a, StatsCounts b) => new(a.Received + b.Received, a.Completed + b.Completed,
        a.OnTime + b.OnTime, a.Early + b.Early, a.Instant + b.Instant, a.CompletedLate + b.CompletedLate, a.OpenOverdue + b.OpenOverdue,
        a.OnSite + b.OnSite, a.Accepted + b.Accepted);
}
