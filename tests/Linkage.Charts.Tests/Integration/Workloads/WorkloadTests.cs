namespace Linkage.Charts.Tests;

/// <summary>Per tier: a Deployment and a Service for every module and the gateway, all modules from the one image.</summary>
[Collection(ChartsCollection.Name)]
public sealed class WorkloadTests(ChartWorkspace charts)
{
    public static TheoryData<string> Tiers => new() { "values-province.yaml", "values-county.yaml" };

    [Theory, MemberData(nameof(Tiers))]
    public void Every_module_and_the_gateway_has_a_deployment_and_a_service(string tier)
    {
        var r = charts.RenderTier(tier);
        foreach (var component in Rendering.Modules.Append("gateway"))
        {
            var deployment = r.Get("Deployment", $"linkage-{component}");
            var service = r.Get("Service", $"linkage-{component}");
            var podLabels = deployment.Body["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();
            foreach (var (key, value) in service.Body["spec"]!["selector"]!.AsObject())
                Assert.Equal(Manifest.Text(value), Manifest.Text(podLabels[key]));
            var ports = service.Body["spec"]!["ports"]!.AsArray().Select(p => (Manifest.Text(p!["name"]), Manifest.Text(p["port"])));
            Assert.Equal([("http", "8080"), ("grpc", "8081")], ports);
        }
        Assert.Equal(Rendering.Modules.Length + 1, r.OfKind("Deployment").Count());
    }

    [Theory, MemberData(nameof(Tiers))]
    public void All_modules_and_the_migration_run_the_one_host_image(string tier)
    {
        var r = charts.RenderTier(tier);
        var images = Rendering.Modules.Select(m => Manifest.Text(r.Get("Deployment", $"linkage-{m}").Container["image"]))
            .Append(Manifest.Text(r.Get("Job", "linkage-migrate").Container["image"])).Distinct().ToList();
        Assert.Equal(["linkage/host:0.1.0"], images);
        Assert.Equal("linkage/gateway:0.1.0", Manifest.Text(r.Get("Deployment", "linkage-gateway").Container["image"]));
    }

    [Theory, MemberData(nameof(Tiers))]
    public void Each_module_deployment_runs_its_own_module(string tier)
    {
        var r = charts.RenderTier(tier);
        foreach (var module in Rendering.Modules)
            Assert.Equal(module, Manifest.Env(r.Get("Deployment", $"linkage-{module}").Container, "Linkage__Modules"));
    }

    [Theory, MemberData(nameof(Tiers))]
    public void Modules_and_gateway_reach_each_module_through_its_service(string tier)
    {
        var r = charts.RenderTier(tier);
        var gateway = r.Get("Deployment", "linkage-gateway").Container;
        foreach (var module in Rendering.Modules)
        {
            Assert.Equal($"http://linkage-{module}:8080", Manifest.Env(gateway, $"Linkage__Gateway__Modules__{module}__Http"));
            Assert.Equal($"http://linkage-{module}:8081", Manifest.Env(gateway, $"Linkage__Gateway__Modules__{module}__Grpc"));
        }
        var intake = r.Get("Deployment", "linkage-intake").Container;
        Assert.Equal("http://linkage-catalog:8081", Manifest.Env(intake, "Linkage__Grpc__Catalog"));
        Assert.Equal("http://linkage-videoreview:8081", Manifest.Env(intake, "Linkage__Grpc__VideoReview"));
    }

    [Theory, MemberData(nameof(Tiers))]
    public void Secrets_come_from_the_secret_never_from_values(string tier)
    {
        var host = charts.RenderTier(tier).Get("Deployment", "linkage-approval").Container;
        foreach (var name in new[] { "ConnectionStrings__Linkage", "Linkage__RabbitMq__Uri", "Linkage__PersonalIdKey" })
            Assert.Equal("<secret>", Manifest.Env(host, name));
    }
}
