namespace Linkage.Charts.Tests;

[Collection(ChartsCollection.Name)]
public sealed class LintTests(ChartWorkspace charts)
{
    [Fact]
    public void The_library_chart_passes_strict_lint() =>
        charts.Helm.Run(charts.Charts, "lint", "--strict", "linkage-lib").EnsureSuccess();

    [Theory]
    [InlineData("values-province.yaml")]
    [InlineData("values-county.yaml")]
    [InlineData("values-city.yaml")]
    [InlineData("values-town.yaml")]
    public void The_application_chart_passes_strict_lint_with_each_tier(string valuesFile) =>
        charts.Helm.Run(charts.Charts, "lint", "--strict", "linkage", "-f", Path.Combine("linkage", valuesFile)).EnsureSuccess();

    [Fact]
    public void The_monolithic_layout_passes_strict_lint() =>
        charts.Helm.Run(charts.Charts, "lint", "--strict", "linkage", "--set", "deploymentMode=monolithic").EnsureSuccess();

    [Fact]
    public void A_development_secret_needs_its_connection_settings()
    {
        var result = charts.Helm.Run(charts.Charts, "template", "linkage", "linkage", "--set", "secrets.create=true");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("secrets.values.connectionString is required", result.Error);
    }
}
