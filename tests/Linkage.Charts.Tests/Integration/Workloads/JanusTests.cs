namespace Linkage.Charts.Tests;

/// <summary>The video review SFU: Janus in the release (a StatefulSet on the node's network for UDP media), or an
/// existing media server named in values; only videoreview gets its settings, the secrets from the Secret.</summary>
[Collection(ChartsCollection.Name)]
public sealed class JanusTests(ChartWorkspace charts)
{
    [Theory, MemberData(nameof(WorkloadTests.Tiers), MemberType = typeof(WorkloadTests))]
    public void Janus_runs_as_one_stateful_pod_on_the_node_network_and_videoreview_points_at_it(string tier)
    {
        var r = charts.RenderTier(tier);
        var janus = r.Get("StatefulSet", "linkage-janus");
        var service = r.Get("Service", "linkage-janus");
        var videoreview = r.Get("Deployment", "linkage-videoreview").Container;

        Assert.Equal(1, janus.Replicas);
        Assert.Equal("true", Manifest.Text(janus.PodSpec["hostNetwork"]));
        Assert.Equal([("http", "8088"), ("admin", "7088")],
            service.Body["spec"]!["ports"]!.AsArray().Select(p => (Manifest.Text(p!["name"]), Manifest.Text(p["port"]))));
        Assert.Contains("rtp_port_range = \"20000-20200\"", Manifest.Text(r.Get("ConfigMap", "linkage-janus").Body["data"]!["janus.jcfg"]));
        Assert.Equal("http://linkage-janus:8088/janus", Manifest.Env(videoreview, "Linkage__Janus__Url"));
        Assert.Equal("http://linkage-janus:7088/admin", Manifest.Env(videoreview, "Linkage__Janus__AdminUrl"));
        foreach (var secret in new[] { "Linkage__Janus__ApiSecret", "Linkage__Janus__AdminSecret", "Linkage__Janus__RoomAdminKey" })
            Assert.Equal("<secret>", Manifest.Env(videoreview, secret));
        Assert.DoesNotContain("Linkage__Janus__Url", Manifest.EnvNames(r.Get("Deployment", "linkage-intake").Container));
    }

    [Fact]
    public void An_existing_media_server_replaces_the_releases_janus()
    {
        var r = charts.RenderTier("values-county.yaml", "--set", "janus.enabled=false",
            "--set", "janus.existing.url=http://janus.media:8088/janus", "--set", "janus.existing.adminUrl=http://janus.media:7088/admin");

        Assert.Null(r.Find("StatefulSet", "linkage-janus"));
        Assert.Null(r.Find("Service", "linkage-janus"));
        var videoreview = r.Get("Deployment", "linkage-videoreview").Container;
        Assert.Equal("http://janus.media:8088/janus", Manifest.Env(videoreview, "Linkage__Janus__Url"));
        Assert.Equal("http://janus.media:7088/admin", Manifest.Env(videoreview, "Linkage__Janus__AdminUrl"));
    }

    [Fact]
    public void The_monolith_gets_the_janus_settings()
    {
        var r = charts.RenderTier("values-county.yaml", "--set", "deploymentMode=monolithic");

        Assert.Equal("http://linkage-janus:8088/janus", Manifest.Env(r.Get("Deployment", "linkage-host").Container, "Linkage__Janus__Url"));
    }
}
