using System.Collections.Concurrent;

namespace Linkage.Charts.Tests;

/// <summary>A private copy of charts/ with the library dependency built into it (helm dependency build),
/// so the tests neither need nor leave a packaged dependency in the checkout.</summary>
public sealed class ChartWorkspace : IDisposable
{
    private readonly ConcurrentDictionary<string, Rendering> renderings = new();
    private readonly string root = Directory.CreateTempSubdirectory("linkage-charts-").FullName;

    public ChartWorkspace()
    {
        Helm = Helm.FromEnvironment(Path.Combine(root, "helm-home"));
        Charts = Path.Combine(root, "charts");
        CopyDirectory(Path.Combine(RepoRoot(), "charts"), Charts);
        var vendored = Path.Combine(Charts, "linkage", "charts");
        if (Directory.Exists(vendored)) Directory.Delete(vendored, recursive: true);
        Helm.Run(Charts, "dependency", "build", "linkage").EnsureSuccess();
    }

    public Helm Helm { get; }

    public string Charts { get; }

    /// <summary>helm template of the application chart as release "linkage"; each argument list rendered once.</summary>
    public Rendering Render(params string[] args) =>
        renderings.GetOrAdd(string.Join('\u0001', args), _ =>
        {
            string[] command = ["template", "linkage", "linkage", "--namespace", "linkage", .. args];
            return Rendering.Parse(Helm.Run(Charts, command).EnsureSuccess().Output);
        });

    public Rendering RenderTier(string valuesFile, params string[] args) => Render(["-f", Path.Combine("linkage", valuesFile), .. args]);

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static string RepoRoot()
    {
        if (Environment.GetEnvironmentVariable("LINKAGE_REPO") is { Length: > 0 } repo) return repo;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "charts", "linkage", "Chart.yaml"))) return dir.FullName;
        throw new DirectoryNotFoundException("charts/linkage not found above the test's folder; set LINKAGE_REPO.");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}

[CollectionDefinition(Name)]
public sealed class ChartsCollection : ICollectionFixture<ChartWorkspace>
{
    public const string Name = "charts";
}
