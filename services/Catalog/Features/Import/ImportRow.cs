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

/// <summary>A file as it is read: its rows one at a time, in file order, sections in the order of <see cref="Sections"/>,
/// and the problems of its form met on the way (complete once the rows are read). Nothing holds every row at once:
/// the validator takes them a chunk at a time (decision 0652).</summary>
public sealed class ImportFile(string name, Func<ImportFile, CancellationToken, IAsyncEnumerable<ImportRow>> read)
{
    public static readonly string[] Sections = ["regions", "orgUnits", "departments", "matters", "implementations"];

    public string Name => name;

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>The rows, read from the source as they are enumerated (once).</summary>
    public IAsyncEnumerable<ImportRow> RowsAsync(CancellationToken ct) => read(this, ct);

    public void Add(int row, string field, string reason) => Problems.Add(new(name, row, field, reason));
}
