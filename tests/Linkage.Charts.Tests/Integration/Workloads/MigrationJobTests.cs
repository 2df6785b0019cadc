using System.Text;
using System.Text.Json.Nodes;

namespace Linkage.Charts.Tests;

/// <summary>Migrations run once per install/upgrade, before the new pods: a Helm hook Job.</summary>
[Collection(ChartsCollection.Name)]
public sealed class MigrationJobTests(ChartWorkspace charts)
{
    public static TheoryData<string> Tiers => WorkloadTests.Tiers;

    [Theory, MemberData(nameof(Tiers))]
    public void The_migration_job_is_a_pre_install_and_pre_upgrade_hook(string tier)
    {
        var job = charts.RenderTier(tier).Get("Job", "linkage-migrate");
        var hooks = Manifest.Text(job.Annotations["helm.sh/hook"]).Split(',').Order();
        Assert.Equal(["pre-install", "pre-upgrade"], hooks);
        Assert.Contains("before-hook-creation", Manifest.Text(job.Annotations["helm.sh/hook-delete-policy"]));
        Assert.Equal("Never", Manifest.Text(job.PodSpec["restartPolicy"]));
    }

    [Theory, MemberData(nameof(Tiers))]
    public void The_migration_runs_host_migrate_for_every_enabled_module(string tier)
    {
        var container = charts.RenderTier(tier).Get("Job", "linkage-migrate").Container;
        Assert.Equal(["migrate"], container["args"]!.AsArray().Select(Manifest.Text));
        Assert.Equal(Rendering.Modules.Order(), Manifest.Env(container, "Linkage__Modules")!.Split(',').Order());
        Assert.Equal("<secret>", Manifest.Env(container, "ConnectionStrings__Linkage"));
    }

    [Theory, MemberData(nameof(Tiers))]
    public void The_migration_connects_as_the_migrator_and_the_hosts_as_the_runtime_login(string tier)
    {
        var r = charts.RenderTier(tier);
        Assert.Equal("migrator-connection-string", SecretKey(r.Get("Job", "linkage-migrate").Container, "ConnectionStrings__Linkage"));
        Assert.Equal("connection-string", SecretKey(r.Get("Deployment", "linkage-intake").Container, "ConnectionStrings__Linkage"));
    }

    [Fact]
    public void The_development_secret_has_a_migrator_login_of_its_own_when_given()
    {
        var r = charts.Render("--set", "secrets.create=true", "--set", "secrets.values.connectionString=Host=pg;Username=linkage_app",
            "--set", "secrets.values.migratorConnectionString=Host=pg;Username=linkage_migrator", "--set", "secrets.values.amqpUri=amqp://mq/");
        var data = r.Get("Secret", "linkage-secrets").Body["data"]!;
        Assert.Equal("Host=pg;Username=linkage_app", Decoded(data["connection-string"]));
        Assert.Equal("Host=pg;Username=linkage_migrator", Decoded(data["migrator-connection-string"]));
    }

    private static string Decoded(JsonNode? node) => Encoding.UTF8.GetString(Convert.FromBase64String(Manifest.Text(node)));

    private static string? SecretKey(JsonObject container, string name) =>
        container["env"]?.AsArray().Cast<JsonObject>().Where(e => Manifest.Text(e["name"]) == name)
            .Select(e => Manifest.Text(e["valueFrom"]?["secretKeyRef"]?["key"])).FirstOrDefault();

    [Fact]
    public void A_development_secret_exists_before_the_migration_runs()
    {
        var r = charts.Render("--set", "secrets.create=true", "--set", "secrets.values.connectionString=Host=pg",
            "--set", "secrets.values.amqpUri=amqp://mq/");
        var secret = r.Get("Secret", "linkage-secrets");
        Assert.Contains("pre-install", Manifest.Text(secret.Annotations["helm.sh/hook"]));
        var secretWeight = int.Parse(Manifest.Text(secret.Annotations["helm.sh/hook-weight"]));
        var jobWeight = int.Parse(Manifest.Text(r.Get("Job", "linkage-migrate").Annotations["helm.sh/hook-weight"]));
        Assert.True(secretWeight < jobWeight);
        foreach (var key in new[] { "connection-string", "amqp-uri", "signing-key", "personal-id-key" })
            Assert.NotEmpty(Manifest.Text(secret.Body["data"]?[key]));
    }
}
