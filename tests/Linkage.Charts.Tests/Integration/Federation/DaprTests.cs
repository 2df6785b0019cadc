namespace Linkage.Charts.Tests;

/// <summary>Modules get a Dapr sidecar under their own app id; the gateway and the migration do not;
/// one RabbitMQ pub/sub component serves the modules.</summary>
[Collection(ChartsCollection.Name)]
public sealed class DaprTests(ChartWorkspace charts)
{
    public static TheoryData<string> Tiers => WorkloadTests.Tiers;

    [Theory, MemberData(nameof(Tiers))]
    public void Each_module_has_a_sidecar_with_its_own_app_id(string tier)
    {
        var r = charts.RenderTier(tier);
        foreach (var module in Rendering.Modules)
        {
            var annotations = r.Get("Deployment", $"linkage-{module}").PodAnnotations;
            Assert.Equal("true", Manifest.Text(annotations["dapr.io/enabled"]));
            Assert.Equal($"linkage-{module}", Manifest.Text(annotations["dapr.io/app-id"]));
            Assert.Equal("8080", Manifest.Text(annotations["dapr.io/app-port"]));
            Assert.Equal("http", Manifest.Text(annotations["dapr.io/app-protocol"]));
        }
        Assert.Equal("false", Manifest.Text(r.Get("Deployment", "linkage-gateway").PodAnnotations["dapr.io/enabled"]));
        Assert.Equal("false", Manifest.Text(r.Get("Job", "linkage-migrate").PodAnnotations["dapr.io/enabled"]));
    }

    [Fact]
    public void The_province_sidecars_present_an_app_token_the_app_checks()
    {
        var r = charts.RenderTier("values-province.yaml");
        var intake = r.Get("Deployment", "linkage-intake");
        var secret = Manifest.Text(intake.PodAnnotations["dapr.io/app-token-secret"]);
        Assert.NotEmpty(secret);
        Assert.Equal("<secret>", Manifest.Env(intake.Container, "APP_API_TOKEN"));
    }

    [Theory, MemberData(nameof(Tiers))]
    public void The_pubsub_component_is_durable_rabbitmq_scoped_to_the_modules(string tier)
    {
        var component = charts.RenderTier(tier).Get("Component", "pubsub");
        Assert.Equal("dapr.io/v1alpha1", Manifest.Text(component.Body["apiVersion"]));
        Assert.Equal("pubsub.rabbitmq", Manifest.Text(component.Body["spec"]!["type"]));
        var metadata = component.Body["spec"]!["metadata"]!.AsArray()
            .ToDictionary(m => Manifest.Text(m!["name"]), m => m!);
        Assert.Equal("linkage-secrets", Manifest.Text(metadata["connectionString"]["secretKeyRef"]?["name"]));
        Assert.Equal("amqp-uri", Manifest.Text(metadata["connectionString"]["secretKeyRef"]?["key"]));
        Assert.Equal("true", Manifest.Text(metadata["durable"]["value"]));
        Assert.Equal("2", Manifest.Text(metadata["deliveryMode"]["value"]));
        Assert.Equal("false", Manifest.Text(metadata["autoAck"]["value"]));
        Assert.Equal("true", Manifest.Text(metadata["publisherConfirm"]["value"]));
        var scopes = component.Body["scopes"]!.AsArray().Select(Manifest.Text).Order();
        Assert.Equal(Rendering.Modules.Select(m => $"linkage-{m}").Order(), scopes);
    }
}
