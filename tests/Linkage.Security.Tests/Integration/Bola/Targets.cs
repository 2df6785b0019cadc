using System.Text.RegularExpressions;

namespace Linkage.Security.Tests.Matrix;

/// <summary>The objects seeded once per run (a case, its certificate, rating, rectification, order, video session …)
/// and how a route or query parameter is filled from them by name. A parameter nothing was seeded for gets a random
/// value of its shape, which must be refused just the same (decision 0420).</summary>
public sealed partial class Targets
{
    public const string Resident = "350926198503120020";

    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["division"] = "350926000000",
        ["orgUnit"] = "ou-350926-centre",
        ["station"] = "ou-350926100201-station",
        ["department"] = "dep-350926-scjg",
        ["matterCode"] = "000121010000",
        ["implementation"] = "350926-000121010000-01",
        ["bundle"] = "350926-YJS-QYKB-01",
        ["kind"] = "acceptance-slip",
    };

    /// <summary>The route segment in front of a plain <c>{id}</c> names what it is.</summary>
    private static readonly Dictionary<string, string> Segments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cases"] = "case", ["sessions"] = "session", ["tickets"] = "ticket", ["proxy-ledger"] = "ledger",
        ["appointments"] = "appointment", ["rectifications"] = "rectification", ["alarms"] = "alarm", ["orders"] = "order",
        ["delegations"] = "delegation", ["imports"] = "import", ["org-units"] = "orgUnit", ["regions"] = "division",
        ["rules"] = "division", ["keys"] = "orgUnit", ["matters"] = "matterCode", ["implementations"] = "implementation",
        ["bundles"] = "bundle", ["documents"] = "kind", ["certificates"] = "certificate", ["verify"] = "certificate",
        ["ratings"] = "rating", ["subscriptions"] = "subscription",
    };

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["identifier"] = "certificate", ["divisionCode"] = "division", ["targetDivision"] = "division", ["within"] = "division",
        ["orgUnitId"] = "orgUnit", ["departmentId"] = "department", ["implementationCode"] = "implementation",
        ["bundleCode"] = "bundle", ["subject"] = "case", ["caseNumber"] = "caseNumber",
    };

    private readonly HashSet<string> raw = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string name, string value) => values[name] = value;

    /// <summary>A copy with <paramref name="name"/> set; a <paramref name="raw"/> value goes into a route as it is (already escaped).</summary>
    public Targets With(string name, string value, bool raw = false)
    {
        var copy = new Targets();
        foreach (var (k, v) in values) copy.values[k] = v;
        copy.raw.UnionWith(this.raw);
        copy.values[name] = value;
        if (raw) copy.raw.Add(name);
        return copy;
    }

    public string? this[string name] => values.GetValueOrDefault(name);

    /// <summary>What the matrix looks for in an answer to a list: any of these is a leak.</summary>
    public IEnumerable<string> Markers =>
        values.Where(v => v.Key is "case" or "onlineCase" or "caseNumber" or "certificate" or "ledger" or "order" or "session" or "rectification"
            or "appointment" or "alarm" or "rating" or "ticket").Select(v => v.Value).Append("陈美华");

    /// <summary>The seeded value for a parameter <paramref name="name"/> (after the route segment <paramref name="segment"/>), if any.</summary>
    public string? Lookup(string name, string? segment)
    {
        if (name.Equals("id", StringComparison.OrdinalIgnoreCase))
            return segment is not null && Segments.TryGetValue(segment, out var bySegment) ? values.GetValueOrDefault(bySegment) : null;
        if (Aliases.TryGetValue(name, out var alias)) return values.GetValueOrDefault(alias);
        if (values.TryGetValue(name, out var direct)) return direct;
        return name.EndsWith("Id", StringComparison.Ordinal) ? values.GetValueOrDefault(name[..^2]) : null;
    }

    /// <summary>The route with every parameter filled; <paramref name="random"/> lists those nothing was seeded for.</summary>
    public string Fill(string pattern, List<string> random) => Parameter().Replace(pattern, m =>
    {
        var (name, constraint) = (m.Groups["name"].Value, m.Groups["constraint"].Value);
        var segment = pattern[..m.Index].TrimEnd('/').Split('/').LastOrDefault();
        if (raw.Contains(name)) return values[name];
        if (Lookup(name, segment) is { } seeded) return Uri.EscapeDataString(seeded);
        random.Add(name);
        return constraint.StartsWith(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString()
            : constraint.Contains("regex", StringComparison.Ordinal) ? "99999999." + Random.Shared.Next(1_000_000, 9_999_999)
            : "unknown-" + Guid.NewGuid().ToString("N")[..8];
    });

    [GeneratedRegex(@"\{(?<name>\w+)(?<constraint>:[^}]*)?\}")]
    private static partial Regex Parameter();
}
