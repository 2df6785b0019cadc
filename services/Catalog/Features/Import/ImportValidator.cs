using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;

namespace Linkage.Catalog.Features.Import;

/// <summary>Turns every row into a domain object, or a problem naming file, row, field and reason. References may
/// point at rows of the same file or at rows already stored; keys may not repeat either.</summary>
public sealed partial class ImportValidator(ImportBatch batch, ImportKnown known, ImportScope scope)
{
    private readonly List<ImportProblem> problems = [.. batch.Problems];
    private readonly Dictionary<string, DivisionLevel> regions = new(known.Regions);
    private readonly Dictionary<string, string> units = new(known.OrgUnitDivisions);
    private readonly HashSet<string> departments = [.. known.Departments];
    private readonly Dictionary<string, Matter> matters = new(known.Matters);

    public IReadOnlyList<ImportProblem> Problems => problems;

    public ImportPlan? Validate()
    {
        var plan = new ImportPlan(Regions(), OrgUnits(), Departments(), Matters(), Implementations());
        return problems.Count == 0 ? plan : null;
    }

    private List<Region> Regions()
    {
        var rows = batch.In("regions").ToList();
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
        return result;
    }

    private List<OrgUnit> OrgUnits()
    {
        var result = new List<OrgUnit>();
        foreach (var row in batch.In("orgUnits"))
        {
            var id = row["id"] ?? "";
            if (!Fresh(row, "id", id, units.ContainsKey(id))) continue;
            if (!Enum(row, "kind", out OrgUnitKind kind)) continue;
            var division = row["divisionCode"] ?? "";
            if (!regions.TryGetValue(division, out var level) || !scope.Covers(division)) { Add(row, "divisionCode", $"No region {division} in your subtree."); continue; }
            var draft = new OrgUnitDraft(id, row["name"] ?? "", kind, division, row["creditCode"], row["address"] ?? "", row["hours"] ?? "", row["phone"], []);
            if (Broken(row, DirectoryRules.For(draft, level))) continue;
            result.Add(OrgUnit.Create(draft));
            units[id] = division;
        }
        return result;
    }

    private List<Department> Departments()
    {
        var result = new List<Department>();
        foreach (var row in batch.In("departments"))
        {
            var (id, unit) = (row["id"] ?? "", row["orgUnitId"] ?? "");
            if (!Fresh(row, "id", id, departments.Contains(id))) continue;
            if (!units.TryGetValue(unit, out var division) || !scope.Covers(division)) { Add(row, "orgUnitId", $"No org unit {unit} in your subtree."); continue; }
            if (Broken(row, DirectoryRules.For(id, row["name"] ?? "", row["creditCode"] ?? ""))) continue;
            result.Add(Department.Create(id, unit, row["name"]!, row["creditCode"]!.ToUpperInvariant()));
            departments.Add(id);
        }
        return result;
    }

    private static string Name(DivisionLevel level) => level.ToString().ToLowerInvariant();
}
