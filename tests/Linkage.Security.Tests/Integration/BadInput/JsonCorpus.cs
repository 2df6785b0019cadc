using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linkage.Security.Tests.Endpoints;
using Linkage.Security.Tests.Matrix;

namespace Linkage.Security.Tests.BadInput;

/// <summary>The corpus for an endpoint that binds a JSON body: a valid body made from the type (<see cref="BodyFactory"/>),
/// then each kind of bad value put into every property it applies to. A kind that applies to no property is left out.</summary>
public static class JsonCorpus
{
    private static readonly string[] Enumerated =
        ["kind", "channel", "decision", "purpose", "method", "status", "resolution", "choice", "level", "indicatorSet", "state", "delivery", "form", "by"];

    public static IEnumerable<BadInputCase> For(Type type, Targets targets)
    {
        var first = BodyFactory.Properties(type).Select(p => Camel(p.Name)).FirstOrDefault() ?? "body";
        yield return Raw("malformed JSON", $"{{\"{first}\": [1, 2", []);
        yield return Raw("deep nesting", $"{{\"{first}\": {new string('[', 5000)}{new string(']', 5000)}}}", [first]);
        foreach (var (kind, applies, bad) in Kinds())
        {
            var body = (JsonObject)BodyFactory.Build(type, targets)!;
            var fields = new List<string>();
            Corrupt(type, body, applies, bad, fields, 0);
            if (fields.Count > 0) yield return new BadInputCase(kind, () => Json(body.ToJsonString()), fields.Distinct().ToList());
        }
    }

    private static IEnumerable<(string, Func<PropertyInfo, Type, bool>, Func<Type, JsonNode?>)> Kinds()
    {
        yield return ("wrong types", (_, _) => true, WrongType);
        yield return ("huge strings", (_, t) => t == typeof(string), _ => JsonValue.Create(new string('长', 100_000)));
        yield return ("huge arrays", (_, t) => BodyFactory.Element(t) is not null, _ => new JsonArray(Enumerable.Range(0, 10_000).Select(i => (JsonNode?)JsonValue.Create("x" + i)).ToArray()));
        yield return ("invalid ID numbers and credit codes",
            (p, _) => p.Name.EndsWith("IdNumber", StringComparison.Ordinal) || p.Name.EndsWith("CreditCode", StringComparison.Ordinal),
            t => JsonValue.Create("350926198503120021"));
        yield return ("unknown enum values", (p, t) => t.IsEnum || t == typeof(string) && Enumerated.Contains(p.Name, StringComparer.OrdinalIgnoreCase),
            _ => JsonValue.Create("no-such-value"));
        yield return ("negative numbers", (_, t) => Numeric(t), _ => JsonValue.Create(-1));
        yield return ("overflowing numbers", (_, t) => Numeric(t), _ => JsonNode.Parse("1e40"));
        yield return ("control characters", (_, t) => t == typeof(string), _ => JsonValue.Create("陈\u0000美\u001b华\u0007"));
    }

    private static void Corrupt(Type type, JsonObject body, Func<PropertyInfo, Type, bool> applies, Func<Type, JsonNode?> bad, List<string> fields, int depth)
    {
        if (depth > 3) return;
        foreach (var p in BodyFactory.Properties(type))
        {
            var (name, t) = (Camel(p.Name), Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);
            if (applies(p, t))
            {
                body[name] = p.Name.EndsWith("CreditCode", StringComparison.Ordinal) ? JsonValue.Create("91350100M000100Y44") : bad(t);
                fields.Add(name);
            }
            else if (body[name] is JsonObject nested && BodyFactory.Dictionary(t) is null) Corrupt(t, nested, applies, bad, fields, depth + 1);
            else if (body[name] is JsonArray { Count: > 0 } list && list[0] is JsonObject item && BodyFactory.Element(t) is { } element)
                Corrupt(element, item, applies, bad, fields, depth + 1);
        }
    }

    private static JsonNode? WrongType(Type t) =>
        t == typeof(string) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(DateTimeOffset) || t.IsEnum
            ? new JsonArray(1, 2)
            : Numeric(t) || t == typeof(bool) ? JsonValue.Create("not-a-number") : JsonValue.Create(42);

    private static bool Numeric(Type t) => t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(decimal) || t == typeof(double);

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static BadInputCase Raw(string kind, string text, IReadOnlyList<string> fields) => new(kind, () => Json(text), fields);

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
