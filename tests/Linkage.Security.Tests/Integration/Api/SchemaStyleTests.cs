using System.Text.Json;
using System.Text.RegularExpressions;

namespace Linkage.Security.Tests.Api;

/// <summary>Issue 16 part 1: every module's schemas against docs/api-style.md's vocabulary — one name for one thing,
/// working-day dates typed <c>date</c> and named <c>…On</c>/<c>…Date</c>, instants typed <c>date-time</c> and named
/// <c>…At</c> — and every documented path under <c>/api/v1</c>.</summary>
[Collection(SecurityCollection.Name)]
public sealed partial class SchemaStyleTests(SecurityHostFixture fixture)
{
    /// <summary>Names the style replaces, with the name to use (docs/api-style.md#vocabulary).</summary>
    private static readonly Dictionary<string, string> Replaced = new()
    {
        ["holder"] = "applicant",
        ["deadline"] = "dueDate",
        ["caseDueDate"] = "case.dueDate",
    };

    /// <summary>Names the style replaces on one schema only: elsewhere the word means something else (an
    /// authorisation's <c>missing</c> powers).</summary>
    private static readonly Dictionary<string, string> ReplacedOn = new()
    {
        ["SlipView.missing"] = "outstandingMaterials",
    };

    [Fact]
    public void Every_documented_path_is_under_api_v1()
    {
        var paths = fixture.Documents.ByName.Values.Where(d => d.TryGetProperty("paths", out _))
            .SelectMany(d => d.GetProperty("paths").EnumerateObject().Select(p => p.Name)).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
    }

    [Fact]
    public void No_schema_uses_a_name_the_style_replaces()
    {
        var found = Properties().Where(p => Replaced.ContainsKey(p.Name)).Select(p => $"{p.Where}: use {Replaced[p.Name]}")
            .Concat(from p in Properties() from r in ReplacedOn where p.Where.EndsWith(" " + r.Key, StringComparison.Ordinal) select $"{p.Where}: use {r.Value}")
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public void Dates_are_dates_and_instants_are_date_times()
    {
        var properties = Properties().ToList();
        Assert.Contains(properties, p => Format(p.Schema) == "date");
        Assert.Contains(properties, p => Format(p.Schema) == "date-time");
        Assert.Empty(properties.Where(p => Instant().IsMatch(p.Name) && Format(p.Schema) != "date-time").Select(p => $"{p.Where}: {Format(p.Schema)}"));
        Assert.Empty(properties.Where(p => Day().IsMatch(p.Name) && Format(p.Schema) != "date").Select(p => $"{p.Where}: {Format(p.Schema)}"));
    }

    /// <summary>Every property of every component schema, nested objects and array items included.</summary>
    private IEnumerable<(string Name, string Where, JsonElement Schema)> Properties() =>
        from document in fixture.Documents.ByName
        where document.Value.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out _)
        from schema in document.Value.GetProperty("components").GetProperty("schemas").EnumerateObject()
        from property in PropertiesOf(schema.Value, $"{document.Key} {schema.Name}")
        select property;

    private static IEnumerable<(string Name, string Where, JsonElement Schema)> PropertiesOf(JsonElement schema, string where)
    {
        if (schema.ValueKind != JsonValueKind.Object) yield break;
        if (schema.TryGetProperty("items", out var items))
            foreach (var inner in PropertiesOf(items, where + "[]")) yield return inner;
        if (!schema.TryGetProperty("properties", out var properties)) yield break;
        foreach (var property in properties.EnumerateObject())
        {
            yield return (property.Name, $"{where}.{property.Name}", property.Value);
            foreach (var inner in PropertiesOf(property.Value, $"{where}.{property.Name}")) yield return inner;
        }
    }

    private static string? Format(JsonElement schema) =>
        schema.TryGetProperty("format", out var f) ? f.GetString()
        : schema.TryGetProperty("items", out var items) ? Format(items)
        : null;

    [GeneratedRegex("^(at|[a-z][A-Za-z]*At)$")]
    private static partial Regex Instant();

    [GeneratedRegex("^([a-z][A-Za-z]*On|[a-z][A-Za-z]*Date|date)$")]
    private static partial Regex Day();
}
