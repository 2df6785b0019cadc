namespace Linkage.Architecture.Tests;

/// <summary>Code you can live in: no hand-written source file grows past what one reader holds in mind.</summary>
public sealed class SourceSizeTests
{
    [Fact]
    public void No_hand_written_source_file_is_over_300_lines()
    {
        var root = RepoRoot();
        var tooLong = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/Migrations/") && !f.Contains("/CompiledModels/") && !f.Contains("/.platform/"))
            .Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 300)
            .Select(f => $"{f.File} ({f.Lines} lines)")
            .ToList();
        Assert.Empty(tooLong);
    }

    [Fact]
    public void No_hand_written_console_page_or_script_is_over_300_lines()
    {
        var root = RepoRoot();
        var console = Path.Combine(root, "gateway", "console", "src");
        var sources = Directory.EnumerateFiles(console, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ts", StringComparison.Ordinal) || f.EndsWith(".vue", StringComparison.Ordinal))
            .Where(f => !f.Contains("/api/generated/"))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "scripts"), "*.sh"))
            .Append(Path.Combine(root, "platform"));
        var tooLong = sources
            .Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 300)
            .Select(f => $"{f.File} ({f.Lines} lines)")
            .ToList();
        Assert.NotEmpty(Directory.EnumerateFiles(console, "*.vue", SearchOption.AllDirectories));
        Assert.Empty(tooLong);
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Platform.sln not found.");
    }
}
