namespace Linkage.Charts.Tests;

/// <summary>The charts default to an OpenID authority, never a shared key (issue 20, decision 0432): a shared key
/// reaches the pods only in a Development release without an authority; claim names are mapped by values.</summary>
[Collection(ChartsCollection.Name)]
public sealed class AuthTests(ChartWorkspace charts)
{
    [Theory]
    [InlineData("values-province.yaml")]
    [InlineData("values-county.yaml")]
    [InlineData("values-town.yaml")]
    public void Every_workload_validates_tokens_from_the_authority_without_a_shared_key(string tier)
    {
        var r = charts.RenderTier(tier);
        var validating = r.Workloads.SelectMany(w => w.Containers)
            .Where(c => Manifest.EnvNames(c).Contains("Linkage__Auth__Audience")).ToList();
        Assert.NotEmpty(validating);
        foreach (var container in validating)
        {
            Assert.Equal("https://sso.linkage.svc/", Manifest.Env(container, "Linkage__Auth__Authority"));
            Assert.DoesNotContain("Linkage__Auth__SigningKey", Manifest.EnvNames(container));
        }
        Assert.NotNull(Manifest.Env(r.Get("Deployment", "linkage-gateway").Container, "Linkage__Auth__Authority"));
        Assert.NotNull(Manifest.Env(r.Get("Deployment", "linkage-intake").Container, "Linkage__Auth__Authority"));
    }

    [Fact]
    public void Without_an_authority_outside_development_the_chart_refuses_to_render()
    {
        var result = charts.Helm.Run(charts.Charts, "template", "linkage", "linkage",
            "-f", Path.Combine("linkage", "values-county.yaml"), "--set", "config.auth.authority=");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("config.auth.authority", result.Error);
    }

    [Fact]
    public void Only_a_development_release_without_an_authority_gets_the_shared_key()
    {
        var intake = charts.RenderTier("values-county.yaml", "--set", "config.auth.authority=", "--set", "config.environment=Development")
            .Get("Deployment", "linkage-intake").Container;

        Assert.Equal("<secret>", Manifest.Env(intake, "Linkage__Auth__SigningKey"));
        Assert.Null(Manifest.Env(intake, "Linkage__Auth__Authority"));
    }

    [Fact]
    public void Claim_names_of_the_provinces_provider_are_mapped_by_values()
    {
        var gateway = charts.RenderTier("values-province.yaml", "--set", "config.auth.claims.division=xzqh", "--set", "config.auth.claims.role=groups")
            .Get("Deployment", "linkage-gateway").Container;

        Assert.Equal("xzqh", Manifest.Env(gateway, "Linkage__Auth__Claims__division"));
        Assert.Equal("groups", Manifest.Env(gateway, "Linkage__Auth__Claims__role"));
    }
}
