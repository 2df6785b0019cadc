namespace Linkage.Charts.Tests;

/// <summary>The online payment provider's HMAC key (decision 0441) reaches the fees pods and no other workload.</summary>
[Collection(ChartsCollection.Name)]
public sealed class FeesProviderKeyTests(ChartWorkspace charts)
{
    private const string ProviderKey = "Linkage__Fees__ProviderKey";

    public static TheoryData<string> Tiers => WorkloadTests.Tiers;

    [Theory, MemberData(nameof(Tiers))]
    public void Only_the_fees_deployment_gets_the_provider_key_and_intake_can_ask_fees(string tier)
    {
        var r = charts.RenderTier(tier);
        var holders = r.Workloads.Where(w => Manifest.EnvNames(w.Container).Contains(ProviderKey)).Select(w => w.Name).ToList();
        Assert.Equal(["linkage-fees"], holders);
        Assert.Equal("<secret>", Manifest.Env(r.Get("Deployment", "linkage-fees").Container, ProviderKey));
        Assert.Equal("http://linkage-fees:8081", Manifest.Env(r.Get("Deployment", "linkage-intake").Container, "Linkage__Grpc__Fees"));
    }

    [Fact]
    public void A_development_secret_carries_a_provider_key()
    {
        var r = charts.Render("--set", "secrets.create=true", "--set", "secrets.values.connectionString=Host=pg",
            "--set", "secrets.values.amqpUri=amqp://mq/");
        var data = r.Get("Secret", "linkage-secrets").Body["data"];
        Assert.NotEmpty(Manifest.Text(data?["fees-provider-key"]));
        Assert.NotEqual(Manifest.Text(data?["seal-key-encryption-key"]), Manifest.Text(data?["fees-provider-key"]));
    }
}
