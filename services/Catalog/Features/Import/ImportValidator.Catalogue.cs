using System.Globalization;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Catalog.Features.Import;

/// <summary>Implementation entries, and the helpers every section uses.</summary>
public sealed partial class ImportValidator
{
    private void Implementations(List<ImportRow> rows)
    {
        foreach (var row in rows)
        {
            var code = row["code"] ?? "";
            if (!Number(row, "version", 1, out var version) || !Fresh(row, "version", $"{code} v{version}", !keys.Add((code, version)))) continue;
            if (!Date(row, "effectiveFrom", out var from) || !Enum(row, "caseKind", out CaseKind kind)) continue;
            if (!Number(row, "legalLimit", null, out var legal) || !Number(row, "committedLimit", null, out var committed) || !Number(row, "trips", 1, out var trips)) continue;
            var unit = row["limitUnit"] is null ? TimeLimitUnit.WorkingDays : default;
            if (row["limitUnit"] is not null && !Enum(row, "limitUnit", out unit)) continue;
            var orgUnit = row["orgUnitId"] ?? "";
            if (!units.TryGetValue(orgUnit, out var division) || !scope.Covers(division)) { Add(row, "orgUnitId", $"No org unit {orgUnit} in your subtree."); continue; }
            if (!matters.TryGetValue(row["matterCode"] ?? "", out var matter)) { Add(row, "matterCode", $"No matter {row["matterCode"]} in the file or the catalogue."); continue; }
            if (matter.VersionOn(from) is not { } matterVersion) { Add(row, "effectiveFrom", "No version of the matter is in force on that date."); continue; }
            var steps = row.List("departments").Select(d => new ReviewDepartment(Cell(d, "departmentId"), Int(Cell(d, "limitWorkingDays")), Flag(d, "signsOff", 's'))).ToList();
            var missing = steps.Select(s => s.DepartmentId).Where(d => !departments.Contains(d)).ToList();
            if (missing.Count > 0) { Add(row, "departments", $"Unknown departments: {string.Join(", ", missing)}."); continue; }
            var materials = row.List("materials").Select(m => new Material(Cell(m, "code"), Cell(m, "name"), Flag(m, "required", 'r'), Flag(m, "deferrable", 'd'))).ToList();
            var draft = new ImplementationDraft(code, version, from, matter.Code, orgUnit, kind, new(legal, unit), new(committed, unit), trips,
                materials, steps, Bool(row["proxyAllowed"]), Licence.None) { MatterVersion = matterVersion.Version, Hours = row["hours"] };
            if (Create(row, () => Implementation.Create(draft)) is { } entry) newEntries.Add(entry);
        }
    }

    private T? Create<T>(ImportRow row, Func<T> create) where T : class
    {
        try
        {
            return create();
        }
        catch (BusinessRuleException e)
        {
            foreach (var rule in e.Broken) Add(row, rule.Field, rule.Message);
            return null;
        }
    }

    private bool Broken(ImportRow row, IEnumerable<IBusinessRule> rules)
    {
        var broken = rules.Where(r => r.IsBroken()).ToList();
        foreach (var rule in broken) Add(row, rule.Field, rule.Message);
        return broken.Count > 0;
    }

    private bool Fresh(ImportRow row, string column, string key, bool taken)
    {
        if (key.Length == 0) Add(row, column, "A value is required.");
        else if (taken) Add(row, column, $"'{key}' is already in use (in the directory or earlier in the file).");
        return key.Length > 0 && !taken;
    }

    private string? Required(ImportRow row, string column)
    {
        if (row[column] is null) Add(row, column, "A value is required.");
        return row[column];
    }

    private bool Enum<T>(ImportRow row, string column, out T value) where T : struct, System.Enum
    {
        if (KebabEnum.TryParse(row[column], out value)) return true;
        Add(row, column, $"One of: {string.Join(", ", System.Enum.GetNames<T>().Select(System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName))}.");
        return false;
    }

    private bool Date(ImportRow row, string column, out DateOnly value)
    {
        if (DateOnly.TryParseExact(row[column], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return true;
        Add(row, column, "A date like 2025-01-01 is required.");
        return false;
    }

    private bool Number(ImportRow row, string column, int? fallback, out int value)
    {
        value = fallback ?? 0;
        if (row[column] is null && fallback is not null) return true;
        if (int.TryParse(row[column], NumberStyles.None, CultureInfo.InvariantCulture, out value)) return true;
        Add(row, column, "A whole number from 0 is required.");
        return false;
    }

    private static string Cell(IReadOnlyDictionary<string, string> item, string part) => item.GetValueOrDefault(part, "").Trim();

    private static int Int(string text) => int.TryParse(text, out var n) ? n : -1;

    private static bool Bool(string? text) => text is "true" or "1" or "yes";

    /// <summary>JSON says <c>"required": true</c>; CSV packs flags into one part, e.g. <c>rd</c>.</summary>
    private static bool Flag(IReadOnlyDictionary<string, string> item, string name, char letter) =>
        Bool(item.GetValueOrDefault(name)) || item.GetValueOrDefault("flags", "").Contains(letter);

    private void Add(ImportRow row, string column, string reason) => problems.Add(new(file.Name, row.Row, $"{row.Section}.{column}", reason));
}
