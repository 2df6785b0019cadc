using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Catalog.Features.Import;

/// <summary>Matters: version 1 with its legal basis and, when the row has a <c>caseKind</c>, the catalogue details
/// (checked like a published version, except that an import may carry a catalogue already in force).</summary>
public sealed partial class ImportValidator
{
    private void Matters(List<ImportRow> rows)
    {
        foreach (var row in rows)
        {
            var code = row["code"] ?? "";
            if (!scope.PublishesMatters) { Add(row, "code", "Only a province tier admin publishes matters."); continue; }
            if (!Fresh(row, "code", code, matters.ContainsKey(code)) || !Enum(row, "type", out MatterType type) || !Date(row, "effectiveFrom", out var from)) continue;
            if (Required(row, "legalBasis") is not { } basis) continue;
            if (!Details(row, out var details)) continue;
            var version = new MatterVersion(1, from, basis, details);
            if (Broken(row, MatterRules.For(version, null, from).Where(r => r is not EffectiveDateRule))) continue;
            var keywords = (row["keywords"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var matter = Create(row, () => Matter.Create(code, row["name"] ?? "", type, keywords, [version]));
            if (matter is null) continue;
            newMatters.Add(matter);
            matters[code] = matter;
        }
    }

    private bool Details(ImportRow row, out MatterDetails? details)
    {
        details = null;
        if (row["caseKind"] is null) return true;
        if (!Enum(row, "caseKind", out CaseKind kind)) return false;
        if (!Number(row, "legalLimit", null, out var legal) || !Number(row, "committedLimit", null, out var committed) || !Number(row, "trips", 1, out var trips)) return false;
        var unit = TimeLimitUnit.WorkingDays;
        if (row["limitUnit"] is not null && !Enum(row, "limitUnit", out unit)) return false;
        var depth = OnlineDepth.Offline;
        if (row["onlineDepth"] is not null && !Enum(row, "onlineDepth", out depth)) return false;
        if (!Levels(row, out var levels)) return false;
        var materials = row.List("materials").Select(m => new CatalogueMaterial(Cell(m, "code"), Cell(m, "name"),
            Count(m, "originals", 1), Count(m, "copies", 0), MaterialForm.Either, Flag(m, "required", 'r'), Flag(m, "deferrable", 'd'),
            m.GetValueOrDefault("source") is { Length: > 0 } source ? source.Trim() : null)).ToList();
        details = new MatterDetails(levels, row["acceptanceConditions"] ?? "", materials, new(legal, unit), new(committed, unit), kind, trips,
            [], [], row["consultationPhone"], row["complaintPhone"], row["supervisingBody"], depth);
        return true;
    }

    private bool Levels(ImportRow row, out List<DivisionLevel> levels)
    {
        levels = [];
        foreach (var name in (row["handlingLevels"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!KebabEnum.TryParse(name, out DivisionLevel level))
            {
                Add(row, "handlingLevels", "Levels separated by ';', each one of: province, city, county, town, village.");
                return false;
            }
            levels.Add(level);
        }
        return true;
    }

    private static int Count(IReadOnlyDictionary<string, string> item, string part, int fallback) =>
        Cell(item, part) is { Length: > 0 } text ? Int(text) : fallback;
}
