namespace Linkage.Charts.Tests;

/// <summary>The webhooks host knows the suite's own addresses (decision 0602): the gateway's in-cluster Service, under
/// each name a pod resolves and on both ports, and the public origins of config.webhooks.suiteOrigins.</summary>
[Collection(ChartsCollection.Name)]
public sealed class WebhookSuiteOriginsTests(ChartWorkspace charts)
{
    private const string Prefix = "Webhooks__SuiteOrigins__";

    private static IReadOnlyList<string?> SuiteOrigins(Manifest workload) =>
        Manifest.EnvNames(workload.Container).Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => Manifest.Env(workload.Container, n)).ToList();

    [Theory, MemberData(nameof(WorkloadTests.Tiers), MemberType = typeof(WorkloadTests))]
    public void The_webhooks_deployment_refuses_the_gateway_service_and_the_public_origins(string tier)
    {
        var r = charts.RenderTier(tier, "--set", "config.webhooks.suiteOrigins={https://zwfw.example.gov.cn}");
        var origins = SuiteOrigins(r.Get("Deployment", "linkage-webhooks"));
        Assert.Contains("http://linkage-gateway:8080", origins);
        Assert.Contains("http://linkage-gateway:8081", origins);
        Assert.Contains("http://linkage-gateway.linkage.svc.cluster.local:8080", origins);
        Assert.Contains("https://zwfw.example.gov.cn", origins);
        Assert.Equal(["linkage-webhooks"], r.Workloads.Where(w => SuiteOrigins(w).Count > 0).Select(w => w.Name));
    }

    [Fact]
    public void The_one_host_of_a_monolithic_release_gets_them_too()
    {
        var origins = SuiteOrigins(charts.Render("--set", "deploymentMode=monolithic").Get("Deployment", "linkage-host"));
        Assert.Contains("http://linkage-gateway.linkage:8080", origins);
    }
}
