using System.Text;

namespace Linkage.Security.Tests.Matrix;

/// <summary>The matrix as a markdown table (one row per endpoint, one column per identity) with its summary.</summary>
public static class MatrixReport
{
    public static string Markdown(IReadOnlyList<Cell> cells, IReadOnlyDictionary<string, string> notes, IReadOnlyList<string> skipped)
    {
        var md = new StringBuilder("# BOLA matrix\n\n").AppendLine(Summary(cells, skipped)).AppendLine()
            .AppendLine("401/404 refused; 403 only where the caller holds none of the endpoint's roles; † refused by validation before the scope check; ✗ a hole.")
            .AppendLine()
            .Append("| endpoint | kind | ").AppendJoin(" | ", Identity.All.Select(i => i.Name)).AppendLine(" | notes |")
            .Append("|---|---|").AppendJoin("", Identity.All.Select(_ => "---|")).AppendLine("---|");
        foreach (var row in cells.GroupBy(c => c.Endpoint.Key))
            md.Append($"| `{row.Key}` | {row.First().Kind} | ").AppendJoin(" | ", row.Select(c => c.Mark))
                .AppendLine($" | {notes.GetValueOrDefault(row.Key)} |");
        md.AppendLine().AppendLine("Not in the matrix:").AppendLine();
        foreach (var line in skipped) md.AppendLine($"- {line}");
        return md.ToString();
    }

    public static string Summary(IReadOnlyList<Cell> cells, IReadOnlyList<string> skipped) =>
        $"{cells.Select(c => c.Endpoint.Key).Distinct().Count()} endpoints × {Identity.All.Count} identities = {cells.Count} calls: " +
        $"{cells.Count(c => c.Refused)} refused ({100.0 * cells.Count(c => c.Refused) / Math.Max(1, cells.Count):F1} %), " +
        $"{cells.Count(c => !c.Refused)} not; {skipped.Count} endpoints public or own-scope.";
}
