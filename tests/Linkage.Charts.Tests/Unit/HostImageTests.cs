using System.Text.RegularExpressions;

namespace Linkage.Charts.Tests;

/// <summary>The host image carries the tools the modules run as processes (decision 0533): the video review's
/// recordings need janus-pp-rec (Debian's janus-tools) and ffmpeg, installed in the Dockerfile's host stage, not in
/// the gateway's or the shared runtime's.</summary>
public sealed class HostImageTests
{
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(ChartWorkspace.RepoRoot(), "Dockerfile"));

    [Theory]
    [InlineData("janus-tools", "janus-pp-rec", "services/VideoReview/Recording/JanusPostProcessor.cs")]
    [InlineData("ffmpeg", "ffmpeg", "services/VideoReview/Recording/TrackMuxer.cs")]
    public void The_host_stage_installs_the_package_of_each_tool_the_host_runs(string package, string tool, string caller)
    {
        Assert.Contains($"\"{tool}\"", File.ReadAllText(Path.Combine(ChartWorkspace.RepoRoot(), caller)));
        Assert.Contains(package, Installed(Stage("host")));
        Assert.DoesNotContain(package, Installed(Stage("gateway")));
    }

    private static string Stage(string name) =>
        Regex.Match(Dockerfile, $@"^FROM\s+\S+\s+AS\s+{name}\s*$(.*?)(?=^FROM\s|\z)", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.IgnoreCase)
            is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No {name} stage in the Dockerfile.");

    // the words of the stage's apt-get install lines, continuation lines joined
    private static IReadOnlySet<string> Installed(string stage) =>
        Regex.Matches(stage.Replace("\\\n", " "), @"apt-get install([^&\n]*)").SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !w.StartsWith('-')).ToHashSet();
}
