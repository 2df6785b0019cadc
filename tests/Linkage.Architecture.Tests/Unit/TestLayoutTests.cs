namespace Linkage.Architecture.Tests;

/// <summary>One layout for every test project (decision 0537): <c>Unit/</c> needs no host and no infrastructure,
/// <c>Integration/&lt;Feature&gt;/</c> talks to the real parts, <c>Support/</c> holds the fixtures and helpers the
/// features share. Nothing else sits beside the project file.</summary>
public sealed class TestLayoutTests
{
    private static readonly string[] Folders = ["Unit", "Integration", "Support"];

    [Fact]
    public void Every_test_project_keeps_its_code_in_unit_integration_or_support()
    {
        var root = SourceSizeTests.RepoRoot();
        var offences = TestProjects(root)
            .SelectMany(project => Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(project, f))
                .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
                .Where(f => !Folders.Any(folder => f.StartsWith(folder + "/", StringComparison.Ordinal)))
                .Select(f => $"{Path.GetRelativePath(root, project)}/{f}"))
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void The_layout_check_sees_the_test_projects()
    {
        var names = TestProjects(SourceSizeTests.RepoRoot()).Select(Path.GetFileName).ToList();
        Assert.Contains("Linkage.Intake.Tests", names);
        Assert.Contains("Linkage.Architecture.Tests", names);
        Assert.DoesNotContain("Linkage.Bench", names);
    }

    /// <summary>As <c>./platform test</c> finds them: a project under tests/ that references the test SDK.</summary>
    private static IEnumerable<string> TestProjects(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/") && !p.Contains("/obj/") && !p.Contains("/Linkage.Bench/"))
            .Where(p => File.ReadAllText(p).Contains("Microsoft.NET.Test.Sdk", StringComparison.Ordinal))
            .Select(p => Path.GetDirectoryName(p)!);
}
