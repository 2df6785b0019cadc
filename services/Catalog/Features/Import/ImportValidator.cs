using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.Import;

/// <summary>Turns every row into a domain object, or a problem naming file, row, field and reason. References may
/// point at rows of the same file or at rows already stored; keys may not repeat either. The rows come a chunk at a
/// time and are dropped once validated: only the domain objects of the whole file are held (decision 0652).</summary>
public sealed partial class ImportValidator(ImportFile file, ImportKnown known, ImportScope scope, Func<IReadOnlyList<ImportRow>, Task<ImportNamed>> named)
{
    /// <summary>Rows validated at a time; the regions come as one chunk (a region's parent may come later in the section).</summary>
    public const int ChunkRows = 5_000;

    private readonly List<ImportProblem> problems = [];
    private readonly Dictionary<string, DivisionLevel> regions = new(known.Regions);
    private readonly Dictionary<string, string> units = new(known.OrgUnitDivisions);
    private readonly HashSet<string> departments = [.. known.Departments];
    private readonly Dictionary<string, Matter> matters = [];
    private readonly HashSet<(string, int)> keys = [];
    private readonly List<Region> newRegions = [];
    private readonly List<OrgUnit> newUnits = [];
    private readonly List<Department> newDepartments = [];
    private readonly List<Matter> newMatters = [];
    private readonly List<Implementation> newEntries = [];

    public IReadOnlyList<ImportProblem> Problems => problems;

    public async Task<ImportPlan?> ValidateAsync(CancellationToken ct)
    {
        var rows = 0;
        await foreach (var chunk in Chunks(file.RowsAsync(ct)))
        {
            rows += chunk.Count;
            await ValidateChunkAsync(chunk);
        }
        if (rows == 0 && file.Problems.Count == 0) file.Add(1, "body", "The file has no rows.");
        problems.InsertRange(0, file.Problems);
        return problems.Count == 0 ? new ImportPlan(newRegions, newUnits, newDepartments, newMatters, newEntries) : null;
    }

    private async Task ValidateChunkAsync(List<ImportRow> chunk)
    {
        switch (chunk[0].Section)
        {
            case "regions": Regions(chunk); break;
            case "orgUnits": OrgUnits(chunk); break;
            case "departments": Departments(chunk); break;
            case "matters": Take(await named(chunk)); Matters(chunk); break;
            default: Take(await named(chunk)); Implementations(chunk); break;
        }
    }

    private static async IAsyncEnumerable<List<ImportRow>> Chunks(IAsyncEnumerable<ImportRow> rows)
    {
        var chunk = new List<ImportRow>();
        await foreach (var row in rows)
        {
            if (chunk.Count > 0 && (row.Section != chunk[0].Section || (chunk.Count >= ChunkRows && row.Section != "regions")))
            {
                yield return chunk;
                chunk = [];
            }
            chunk.Add(row);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private void Regions(List<ImportRow> rows)
    {
        var inFile = rows.Select(r => r["code"]).OfType<string>().ToHashSet();
        var (result, seen) = (new List<Region>(), new HashSet<string>());
        foreach (var row in rows)
        {
            if (!DivisionCode.TryParse(row["code"], out var code, out var error)) { Add(row, "code", error); continue; }
            if (!Fresh(row, "code", code.Value, regions.ContainsKey(code.Value) || !seen.Add(code.Value))) continue;
            if (!scope.Covers(code.Value)) { Add(row, "code", "Outside your subtree."); continue; }
            var parent = code.Parent?.Value;
            if (row["parentCode"] is { } stated && stated != parent) Add(row, "parentCode", $"A {Name(code.Level)} belongs under {parent}, not under {stated}.");
            else if (parent is not null && !regions.ContainsKey(parent) && !inFile.Contains(parent)) Add(row, "parentCode", $"No region {parent} in the file or the directory.");
            else if (Required(row, "name") is { } name) result.Add(Region.Create(code, name));
        }
        foreach (var r in result) regions[r.Code] = r.Level;
        newRegions.AddRange(result);
    }

    private void OrgUnits(List<ImportRow> rows)
    {
        foreach (var row in rows)
        {
            var id = row["id"] ?? "";
            if (!Fresh(row, "id", id, units.ContainsKey(id))) continue;
            if (!Enum(row, "kind", out OrgUnitKind kind)) continue;
            var division = row["divisionCode"] ?? "";
            if (!regions.TryGetValue(division, out var level) || !scope.Covers(division)) { Add(row, "divisionCode", $"No region {division} in your subtree."); continue; }
            var draft = new OrgUnitDraft(id, row["name"] ?? "", kind, division, row["creditCode"], row["address"] ?? "", row["hours"] ?? "", row["phone"], []);
            if (Broken(row, DirectoryRules.For(draft, level))) continue;
            newUnits.Add(OrgUnit.Create(draft));
            units[id] = division;
        }
    }

    private void Departments(List<ImportRow> rows)
    {
        foreach (var row in rows)
        {
            var (id, unit) = (row["id"] ?? "", row["orgUnitId"] ?? "");
            if (!Fresh(row, "id", id, departments.Contains(id))) continue;
            if (!units.TryGetValue(unit, out var division) || !scope.Covers(division)) { Add(row, "orgUnitId", $"No org unit {unit} in your subtree."); continue; }
            if (Broken(row, DirectoryRules.For(id, row["name"] ?? "", row["creditCode"] ?? ""))) continue;
            newDepartments.Add(Department.Create(id, unit, row["name"]!, row["creditCode"]!.ToUpperInvariant()));
            departments.Add(id);
        }
    }

    /// <summary>What the store holds that the chunk names, beside what the file has brought so far.</summary>
    private void Take(ImportNamed stored)
    {
        foreach (var (code, matter) in stored.Matters) matters.TryAdd(code, matter);
        keys.UnionWith(stored.Implementations);
    }

    private static string Name(DivisionLevel level) => level.ToString().ToLowerInvariant();
}
