namespace Linkage.Catalog.Features.Import;

/// <summary>One row of one section of an import file, format-neutral: scalar cells by column name, and lists
/// (materials, departments) as small records of cells. <paramref name="Row"/>: the CSV line, or the JSON array index + 1.</summary>
public sealed record ImportRow(
    string Section, int Row, IReadOnlyDictionary<string, string> Cells,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Lists)
{
    public string? this[string column] => Cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public IReadOnlyList<IReadOnlyDictionary<string, string>> List(string name) => Lists.TryGetValue(name, out var l) ? l : [];
}

/// <summary>What is wrong with an import: the file, the row, the field (section[index].column) and why.</summary>
public sealed record ImportProblem(string File, int Row, string Field, string Reason);

/// <summary>The rows of a file by section, in the order sections are written: regions, org units, departments,
/// matters, implementations.</summary>
public sealed record ImportBatch(string File, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems)
{
    public static readonly string[] Sections = ["regions", "orgUnits", "departments", "matters", "implementations"];

    public IEnumerable<ImportRow> In(string section) => Rows.Where(r => r.Section == section);
}
