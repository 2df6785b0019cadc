using Linkage.Bench.Pacing;

namespace Linkage.Bench.Tiers;

/// <summary>How long and how fast the station forwards before the measured forward (decision 0854):
/// <c>--tiers-warmup</c> seconds (default 15; 0 for none) at <c>--tiers-warmup-rate</c> (default 60), never faster than
/// the measured rate.</summary>
public sealed record TiersWarmUpPlan(TimeSpan Duration, double Rate)
{
    public const double DefaultSeconds = 15, DefaultRate = 60;

    public bool Runs => Duration > TimeSpan.Zero && Rate > 0;

    public static TiersWarmUpPlan Of(ScenarioArgs scenario, double measuredRate) => new(
        TimeSpan.FromSeconds(Math.Max(0, scenario.Number("--tiers-warmup", DefaultSeconds))),
        Math.Min(measuredRate, scenario.Number("--tiers-warmup-rate", DefaultRate)));
}
