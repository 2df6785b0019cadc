using System.Runtime.CompilerServices;
using System.Text;

namespace Linkage.Catalog.Features.Import;

/// <summary>The CSV format (docs/catalog-import.md): sections opened by a line <c>[regions]</c>, <c>[org-units]</c>,
/// <c>[departments]</c>, <c>[matters]</c> or <c>[implementations]</c>, each followed by a header line and rows (RFC 4180
/// quoting, one line per row). List cells hold items separated by <c>;</c>, their parts by <c>|</c>.</summary>
public static class CsvImportReader
{
    private static readonly Dictionary<string, string> SectionNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["regions"] = "regions", ["org-units"] = "orgUnits", ["departments"] = "departments",
        ["matters"] = "matters", ["implementations"] = "implementations",
    };

    private static readonly Dictionary<(string Section, string Column), string[]> ListParts = new()
    {
        [("matters", "materials")] = ["code", "name", "originals", "copies", "flags", "source"],
        [("implementations", "materials")] = ["code", "name", "flags"],
        [("implementations", "departments")] = ["departmentId", "limitWorkingDays", "flags"],
    };

    public static ImportFile Read(string file, TextReader text) => new(file, (read, ct) => RowsAsync(read, text, ct));

    private static async IAsyncEnumerable<ImportRow> RowsAsync(ImportFile file, TextReader text, [EnumeratorCancellation] CancellationToken ct)
    {
        string? section = null;
        string[]? header = null;
        var lineNumber = 0;
        for (var line = await text.ReadLineAsync(ct); line is not null; line = await text.ReadLineAsync(ct))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (line.StartsWith('['))
            {
                section = SectionNames.GetValueOrDefault(line.Trim().Trim('[', ']'));
                if (section is null) file.Add(lineNumber, "section", $"Unknown section {line.Trim()}.");
                header = null;
            }
            else if (section is null) file.Add(lineNumber, "section", "A row before any [section] line.");
            else if (header is null) header = Split(line).Select(h => h.Trim()).ToArray();
            else yield return ToRow(section, lineNumber, header, Split(line));
        }
    }

    private static ImportRow ToRow(string section, int line, string[] header, IReadOnlyList<string> values)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length && i < values.Count; i++)
        {
            if (ListParts.TryGetValue((section, header[i]), out var parts)) lists[header[i]] = Items(values[i], parts);
            else cells[header[i]] = values[i];
        }
        return new ImportRow(section, line, cells, lists);
    }

    private static List<IReadOnlyDictionary<string, string>> Items(string cell, string[] parts) =>
        cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => (IReadOnlyDictionary<string, string>)item.Split('|').Zip(parts)
                .ToDictionary(p => p.Second, p => p.First.Trim(), StringComparer.Ordinal))
            .ToList();

    /// <summary>One RFC 4180 line: commas separate, double quotes enclose, two double quotes are one.</summary>
    public static IReadOnlyList<string> Split(string line)
    {
        var (values, current, quoted) = (new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') (current, i) = (current.Append('"'), i + 1);
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) (values, current) = (Add(values, current), new StringBuilder());
            else current.Append(c);
        }
        return Add(values, current);
    }

    private static List<string> Add(List<string> values, StringBuilder current)
    {
        values.Add(current.ToString());
        return values;
    }
}
