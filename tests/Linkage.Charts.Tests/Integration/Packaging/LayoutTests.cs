namespace Linkage.Charts.Tests;

/// <summary>Modules can be switched off, or all run in one host Deployment (deploymentMode: monolithic).</summary>
[Collection(ChartsCollection.Name)]
public sealed class LayoutTests(ChartWorkspace charts)
{
    [Fact]
    public void A_disabled_module_renders_nothing_and_nobody_routes_to_it()
    {
        var r = charts.RenderTier("values-county.yaml", "--set", "modules.videoreview.enabled=false");
        Assert.Null(r.Find("Deployment", "linkage-videoreview"));
        Assert.Null(r.Find("Service", "linkage-videoreview"));
        Assert.Null(Manifest.Env(r.Get("Deployment", "linkage-gateway").Container, "Linkage__Gateway__Modules__videoreview__Http"));
        Assert.Null(Manifest.Env(r.Get("Deployment", "linkage-intake").Container, "Linkage__Grpc__VideoReview"));
        Assert.DoesNotContain("videoreview", Manifest.Env(r.Get("Job", "linkage-migrate").Container, "Linkage__Modules"));
    }

    [Fact]
    public void Monolithic_mode_runs_every_module_in_one_host()
    {
        var r = charts.RenderTier("values-county.yaml", "--set", "deploymentMode=monolithic");
        Assert.Equal(["linkage-gateway", "linkage-host"], r.OfKind("Deployment").Select(d => d.Name).Order());
        var host = r.Get("Deployment", "linkage-host");
        Assert.Equal(Rendering.Modules.Order(), Manifest.Env(host.Container, "Linkage__Modules")!.Split(',').Order());
        Assert.Equal("linkage-host", Manifest.Text(host.PodAnnotations["dapr.io/app-id"]));
        Assert.Equal("http://linkage-host:8081", Manifest.Env(host.Container, "Linkage__Grpc__Catalog"));
        Assert.Equal("http://linkage-host:8080",
            Manifest.Env(r.Get("Deployment", "linkage-gateway").Container, "Linkage__Gateway__Modules__ratings__Http"));
        Assert.Equal(["linkage-host"], r.Get("Component", "pubsub").Body["scopes"]!.AsArray().Select(Manifest.Text));
        Assert.NotNull(r.Find("PodDisruptionBudget", "linkage-host"));
    }
}
