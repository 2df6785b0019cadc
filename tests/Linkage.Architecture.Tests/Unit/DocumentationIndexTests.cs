using System.Text.RegularExpressions;
using Linkage.Host;

namespace Linkage.Architecture.Tests;

/// <summary>The design stays findable (issue 11): every decision record has a status line and a row in the index,
/// every row points at a record, and every module has its page under docs/modules.</summary>
public sealed partial class DocumentationIndexTests
{
    private static readonly string Decisions = Path.Combine(SourceSizeTests.RepoRoot(), "docs", "decisions");

    private static readonly string Index = File.ReadAllText(Path.Combine(Decisions, "README.md"));

    [Fact]
    public void Every_decision_record_has_a_status_line_and_an_index_row()
    {
        var offences = Records()
            .SelectMany(name => Problems(name, File.ReadAllLines(Path.Combine(Decisions, name))))
            .ToList();
        Assert.Empty(offences);
    }

    [Fact]
    public void Every_index_row_points_at_a_record()
    {
        var rows = IndexLink().Matches(Index).Select(m => m.Groups["file"].Value).ToList();
        Assert.NotEmpty(rows);
        var missing = rows.Where(f => !File.Exists(Path.Combine(Decisions, f))).ToList();
        var twice = rows.GroupBy(f => f).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(missing);
        Assert.Empty(twice);
    }

    [Fact]
    public void Every_module_has_its_page()
    {
        var pages = Path.Combine(SourceSizeTests.RepoRoot(), "docs", "modules");
        var missing = ModuleRegistry.All
            .Select(m => m.GetType().Assembly.GetName().Name!["Linkage.".Length..].ToLowerInvariant())
            .Where(m => !File.Exists(Path.Combine(pages, $"{m}.md")))
            .ToList();
        Assert.Empty(missing);
    }

    private static IEnumerable<string> Records() =>
        Directory.EnumerateFiles(Decisions, "*.md").Select(Path.GetFileName).OfType<string>()
            .Where(name => RecordName().IsMatch(name));

    private static IEnumerable<string> Problems(string name, string[] lines)
    {
        if (!lines.Any(l => l.StartsWith("Status: ", StringComparison.Ordinal))) yield return $"{name}: no Status line";
        if (!Index.Contains($"]({name})", StringComparison.Ordinal)) yield return $"{name}: no index row";
    }

    [GeneratedRegex(@"^\d{4}-.+\.md$")]
    private static partial Regex RecordName();

    [GeneratedRegex(@"^\| \[\d{4}\]\((?<file>\d{4}-[^)]+\.md)\)", RegexOptions.Multiline)]
    private static partial Regex IndexLink();
}
