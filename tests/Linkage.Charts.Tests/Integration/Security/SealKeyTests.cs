namespace Linkage.Charts.Tests;

/// <summary>Issue 20, hole 9: the seal keys' encryption secret reaches the certificates pods and no other workload.</summary>
[Collection(ChartsCollection.Name)]
public sealed class SealKeyTests(ChartWorkspace charts)
{
    private const string SealKey = "Linkage__Certificates__SealKeyEncryptionKey";

    public static TheoryData<string> Tiers => WorkloadTests.Tiers;

    [Theory, MemberData(nameof(Tiers))]
    public void Only_the_certificates_deployment_gets_the_seal_key_secret(string tier)
    {
        var r = charts.RenderTier(tier);
        var holders = r.Workloads.Where(w => Manifest.EnvNames(w.Container).Contains(SealKey)).Select(w => w.Name).ToList();
        Assert.Equal(["linkage-certificates"], holders);
        Assert.Equal("<secret>", Manifest.Env(r.Get("Deployment", "linkage-certificates").Container, SealKey));
        Assert.Equal("<secret>", Manifest.Env(r.Get("Deployment", "linkage-intake").Container, "Linkage__PersonalIdKey"));
    }

    [Fact]
    public void In_one_host_the_host_gets_it()
    {
        var r = charts.RenderTier("values-county.yaml", "--set", "deploymentMode=monolithic");
        Assert.Equal("<secret>", Manifest.Env(r.Get("Deployment", "linkage-host").Container, SealKey));
        Assert.DoesNotContain(SealKey, Manifest.EnvNames(r.Get("Deployment", "linkage-gateway").Container));
    }

    [Fact]
    public void A_development_secret_carries_a_seal_key()
    {
        var r = charts.Render("--set", "secrets.create=true", "--set", "secrets.values.connectionString=Host=pg",
            "--set", "secrets.values.amqpUri=amqp://mq/");
        var data = r.Get("Secret", "linkage-secrets").Body["data"];
        Assert.NotEmpty(Manifest.Text(data?["seal-key-encryption-key"]));
        Assert.NotEqual(Manifest.Text(data?["personal-id-key"]), Manifest.Text(data?["seal-key-encryption-key"]));
    }
}
