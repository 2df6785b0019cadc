using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Linkage.Architecture.Tests;

/// <summary>Issue 17's memory target: the host's GC settings live in its build (decisions 0621, 0705, 0753, 0841), so every way the
/// host starts — <c>./platform up</c>, the tiers' deployments, the image, the chart's pods — runs with them; an
/// environment variable of the same setting would override the build, so none of those sets one except where a
/// decision says so.</summary>
public sealed class HostGcSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", "true")]
    [InlineData("System.GC.DynamicAdaptationMode", "1")]
    [InlineData("System.GC.Concurrent", "false")]
    [InlineData("System.GC.HeapHardLimit", "142606336")]
    [InlineData("System.Runtime.TieredPGO", "false")]
    [InlineData("System.Globalization.Invariant", "true")]
    public void The_built_host_carries_the_setting_in_its_runtimeconfig(string name, string value)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Linkage.Host.runtimeconfig.json")))!;
        Assert.Equal(value, config["runtimeOptions"]?["configProperties"]?[name]?.ToJsonString());
    }

    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("scripts/topology.sh")]
    [InlineData("scripts/tiers.sh")]
    public void No_start_of_the_host_overrides_its_heap_limit(string file)
    {
        var text = File.ReadAllText(Path.Combine(SourceSizeTests.RepoRoot(), file));
        Assert.DoesNotMatch(new Regex(@"DOTNET_GCHeapHardLimit\w*=", RegexOptions.IgnoreCase), text);
    }
}
