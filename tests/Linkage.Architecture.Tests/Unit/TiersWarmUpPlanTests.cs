using Linkage.Bench.Pacing;
using Linkage.Bench.Tiers;

namespace Linkage.Architecture.Tests;

/// <summary>The tiers' warm-up before the measured forward (tests/Linkage.Bench, decision 0854): 15 s at 60/s unless
/// told, never faster than the measured rate, and none at all for <c>--tiers-warmup 0</c> (the figures before 0854).</summary>
public sealed class TiersWarmUpPlanTests
{
    [Fact]
    public void Without_options_the_station_forwards_15_seconds_at_60_a_second_first()
    {
        var plan = TiersWarmUpPlan.Of(new ScenarioArgs(["--tiers-rate", "200"]), 200);

        Assert.Equal(new TiersWarmUpPlan(TimeSpan.FromSeconds(15), 60), plan);
        Assert.True(plan.Runs);
    }

    [Fact]
    public void The_warm_up_is_never_faster_than_the_measured_forward()
    {
        var plan = TiersWarmUpPlan.Of(new ScenarioArgs(["--tiers-warmup-rate", "120"]), 40);

        Assert.Equal(40, plan.Rate);
    }

    [Fact]
    public void Zero_seconds_runs_no_warm_up_and_given_values_are_taken()
    {
        Assert.False(TiersWarmUpPlan.Of(new ScenarioArgs(["--tiers-warmup", "0"]), 200).Runs);
        Assert.Equal(new TiersWarmUpPlan(TimeSpan.FromSeconds(30), 100),
            TiersWarmUpPlan.Of(new ScenarioArgs(["--tiers-warmup", "30", "--tiers-warmup-rate", "100"]), 200));
    }
}
