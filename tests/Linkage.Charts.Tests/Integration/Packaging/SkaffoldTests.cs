using System.Text.RegularExpressions;
using YamlDotNet.Serialization;

namespace Linkage.Charts.Tests;

/// <summary>skaffold.yaml, the Dockerfile and the chart agree: each artifact is a Dockerfile target, and the
/// values skaffold sets are ones the chart reads.</summary>
[Collection(ChartsCollection.Name)]
public sealed class SkaffoldTests(ChartWorkspace charts)
{
    private static readonly Dictionary<object, object> Config = (Dictionary<object, object>)new DeserializerBuilder().Build()
        .Deserialize<object>(File.ReadAllText(Path.Combine(ChartWorkspace.RepoRoot(), "skaffold.yaml")))!;

    [Fact]
    public void Every_artifact_is_built_from_a_dockerfile_target()
    {
        var dockerfile = File.ReadAllText(Path.Combine(ChartWorkspace.RepoRoot(), "Dockerfile"));
        var targets = Regex.Matches(dockerfile, @"^FROM\s+\S+\s+AS\s+(\S+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)
            .Select(m => m.Groups[1].Value).ToHashSet();
        var artifacts = List(Map(Config["build"])["artifacts"]).Select(Map).ToList();
        Assert.Equal(2, artifacts.Count);
        foreach (var artifact in artifacts)
            Assert.Contains((string)Map(artifact["docker"])["target"], targets);
    }

    [Fact]
    public void The_release_deploys_the_built_images_to_every_workload()
    {
        var release = Map(List(Map(Map(Config["deploy"])["helm"])["releases"])[0]);
        var args = new List<string>();
        foreach (var file in List(release["valuesFiles"])) args.AddRange(["-f", Path.GetRelativePath("charts", (string)file)]);
        foreach (var (key, _) in Map(release["setValueTemplates"])) args.AddRange(["--set", $"{key}=from-skaffold-{key}"]);
        foreach (var (key, value) in Map(release["setValues"])) args.AddRange(["--set", $"{key}={value}"]);

        var r = charts.Render([.. args]);
        Assert.Equal("from-skaffold-image.repository:from-skaffold-image.tag",
            Manifest.Text(r.Get("Deployment", "linkage-intake").Container["image"]));
        Assert.Equal("from-skaffold-image.repository:from-skaffold-image.tag",
            Manifest.Text(r.Get("Job", "linkage-migrate").Container["image"]));
        Assert.Equal("from-skaffold-gateway.image.repository:from-skaffold-gateway.image.tag",
            Manifest.Text(r.Get("Deployment", "linkage-gateway").Container["image"]));
        Assert.NotNull(r.Find("Secret", "linkage-secrets"));
    }

    private static Dictionary<object, object> Map(object node) => (Dictionary<object, object>)node;

    private static List<object> List(object node) => (List<object>)node;
}
