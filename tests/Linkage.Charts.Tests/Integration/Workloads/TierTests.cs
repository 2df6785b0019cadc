namespace Linkage.Charts.Tests;

/// <summary>Tiers differ in scale; every tier keeps disruption budgets.</summary>
[Collection(ChartsCollection.Name)]
public sealed class TierTests(ChartWorkspace charts)
{
    public static TheoryData<string> Tiers => WorkloadTests.Tiers;

    [Theory, MemberData(nameof(Tiers))]
    public void Every_deployment_has_a_disruption_budget_selecting_its_pods(string tier)
    {
        var r = charts.RenderTier(tier);
        foreach (var deployment in r.OfKind("Deployment"))
        {
            var pdb = r.Get("PodDisruptionBudget", deployment.Name);
            Assert.Equal(
                deployment.Body["spec"]!["selector"]!["matchLabels"]!.ToJsonString(),
                pdb.Body["spec"]!["selector"]!["matchLabels"]!.ToJsonString());
        }
    }

    [Fact]
    public void The_province_runs_every_module_at_least_twice()
    {
        foreach (var deployment in charts.RenderTier("values-province.yaml").OfKind("Deployment"))
            Assert.True(deployment.Replicas >= 2, $"{deployment.Name} has {deployment.Replicas} replicas");
    }

    [Fact]
    public void A_county_renders_fewer_replicas_than_the_province()
    {
        int Total(string tier) => charts.RenderTier(tier).OfKind("Deployment").Sum(d => d.Replicas);
        Assert.True(Total("values-county.yaml") < Total("values-province.yaml"));
        Assert.All(charts.RenderTier("values-county.yaml").OfKind("Deployment"), d => Assert.Equal(1, d.Replicas));
    }

    [Fact]
    public void A_county_budget_never_blocks_draining_its_single_replica()
    {
        foreach (var pdb in charts.RenderTier("values-county.yaml").OfKind("PodDisruptionBudget"))
            Assert.Equal("1", Manifest.Text(pdb.Body["spec"]!["maxUnavailable"]));
    }
}
