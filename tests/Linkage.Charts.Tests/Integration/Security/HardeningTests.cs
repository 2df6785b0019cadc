using System.Text.Json.Nodes;

namespace Linkage.Charts.Tests;

/// <summary>Every pod: non-root, read-only root filesystem, no escalation, no capabilities, a writable /tmp;
/// probes on the health endpoints; resources set.</summary>
[Collection(ChartsCollection.Name)]
public sealed class HardeningTests(ChartWorkspace charts)
{
    public static TheoryData<string> Tiers => WorkloadTests.Tiers;

    [Theory, MemberData(nameof(Tiers))]
    public void Every_container_is_locked_down(string tier)
    {
        foreach (var workload in charts.RenderTier(tier).Workloads)
        {
            Assert.Equal("true", Manifest.Text(workload.PodSpec["securityContext"]?["runAsNonRoot"]));
            Assert.NotEqual("0", Manifest.Text(workload.PodSpec["securityContext"]?["runAsUser"]));
            foreach (var c in workload.Containers)
            {
                var sc = c["securityContext"]!;
                Assert.Equal("true", Manifest.Text(sc["runAsNonRoot"]));
                Assert.Equal("true", Manifest.Text(sc["readOnlyRootFilesystem"]));
                Assert.Equal("false", Manifest.Text(sc["allowPrivilegeEscalation"]));
                Assert.Contains("ALL", sc["capabilities"]!["drop"]!.AsArray().Select(Manifest.Text));
                Assert.Contains(c["volumeMounts"]!.AsArray(), m => Manifest.Text(m!["mountPath"]) == "/tmp");
            }
            Assert.Contains(workload.PodSpec["volumes"]!.AsArray(), v => v!["emptyDir"] is not null);
            Assert.Equal("false", Manifest.Text(workload.PodSpec["automountServiceAccountToken"]));
        }
    }

    [Theory, MemberData(nameof(Tiers))]
    public void Every_deployment_probes_live_and_ready(string tier)
    {
        foreach (var deployment in charts.RenderTier(tier).OfKind("Deployment"))
        {
            var c = deployment.Container;
            Assert.Equal("/healthz/live", ProbePath(c, "livenessProbe"));
            Assert.Equal("/healthz/ready", ProbePath(c, "readinessProbe"));
            Assert.Equal("/healthz/live", ProbePath(c, "startupProbe"));
        }
    }

    [Theory, MemberData(nameof(Tiers))]
    public void Every_container_has_requests_and_a_memory_limit(string tier)
    {
        foreach (var workload in charts.RenderTier(tier).Workloads)
        foreach (var c in workload.Containers)
        {
            Assert.NotEmpty(Manifest.Text(c["resources"]?["requests"]?["cpu"]));
            Assert.NotEmpty(Manifest.Text(c["resources"]?["requests"]?["memory"]));
            Assert.NotEmpty(Manifest.Text(c["resources"]?["limits"]?["memory"]));
        }
    }

    private static string ProbePath(JsonObject container, string probe) =>
        Manifest.Text(container[probe]?["httpGet"]?["path"]);
}
