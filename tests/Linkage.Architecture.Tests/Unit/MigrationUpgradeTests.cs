using System.Text.RegularExpressions;

namespace Linkage.Architecture.Tests;

/// <summary>Migrations run against databases that already hold cases: a column added later must not break them.</summary>
public sealed partial class MigrationUpgradeTests
{
    [Fact]
    public void A_non_nullable_column_added_after_the_initial_migration_has_a_default()
    {
        var root = SourceSizeTests.RepoRoot();
        var offenders =
            from file in Directory.EnumerateFiles(Path.Combine(root, "services"), "*.cs", SearchOption.AllDirectories)
            where file.Contains("/Migrations/") && !file.EndsWith(".Designer.cs") && !file.EndsWith("Snapshot.cs")
                && !file.EndsWith("_Initial.cs")
            let up = File.ReadAllText(file).Split("void Down(")[0]
            from Match column in AddColumn().Matches(up)
            where column.Value.Contains("nullable: false") && !column.Value.Contains("defaultValue")
            select $"{Path.GetFileName(file)}: {ColumnName().Match(column.Value).Groups[1].Value}";
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"AddColumn<.+?>\(.*?\);", RegexOptions.Singleline)]
    private static partial Regex AddColumn();

    [GeneratedRegex("name: \"(\\w+)\"")]
    private static partial Regex ColumnName();
}
