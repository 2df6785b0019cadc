using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linkage.Security.Tests.Matrix;

namespace Linkage.Security.Tests.Endpoints;

/// <summary>A plausible JSON body for a request type, read off its properties: a property that names a target
/// (<c>caseId</c>, <c>alarmId</c>, <c>targetDivision</c> …) gets the seeded target, the rest a value of its type.
/// So a new write endpoint is called with a body that reaches its scope check without anyone writing a recipe.</summary>
public static class BodyFactory
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["idNumber"] = Targets.Resident, ["principalIdNumber"] = Targets.Resident, ["creditCode"] = "91350100M000100Y43",
        ["channel"] = "station", ["decision"] = "approve", ["purpose"] = "joint-review", ["kind"] = "person",
        ["choice"] = "approve", ["indicatorSet"] = "standard", ["reason"] = "核查", ["name"] = "陈美华",
        ["method"] = "window", ["status"] = "dispatched", ["resolution"] = "fix-at-once",
    };

    /// <summary>Left out: each is the alternative to another property (a bundle for a matter, a token for a case id,
    /// inheriting instead of stating) that the body already gives.</summary>
    private static readonly HashSet<string> Alternatives = ["BundleCode", "Token", "InheritsFrom"];

    public static JsonNode? Build(Type type, Targets targets, string? name = null, int depth = 0)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum) return JsonValue.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(Enum.GetNames(t)[0]));
        if (name is not null && Known.TryGetValue(name, out var known) && t == typeof(string)) return JsonValue.Create(known);
        if (name is not null && (t == typeof(string) || t == typeof(Guid)) && targets.Lookup(name, null) is { } seeded) return JsonValue.Create(seeded);
        if (t == typeof(string)) return JsonValue.Create("测试");
        if (t == typeof(bool)) return JsonValue.Create(true);
        if (t == typeof(Guid)) return JsonValue.Create(Guid.NewGuid());
        if (t == typeof(DateOnly)) return JsonValue.Create(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"));
        if (t == typeof(TimeOnly)) return JsonValue.Create("09:30");
        if (t == typeof(DateTimeOffset) || t == typeof(DateTime)) return JsonValue.Create(DateTimeOffset.UtcNow.AddDays(2));
        if (t.IsPrimitive || t == typeof(decimal)) return JsonValue.Create(1);
        if (depth > 4) return null;
        if (Dictionary(t) is not null) return new JsonObject();
        if (Element(t) is { } element) return new JsonArray(Build(element, targets, name, depth + 1));
        var body = new JsonObject();
        foreach (var property in Properties(t).Where(p => !Alternatives.Contains(p.Name)))
            body[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Build(property.PropertyType, targets, property.Name, depth + 1);
        return body;
    }

    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0
            && p.Name != "EqualityContract");

    public static Type? Element(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0] : null;

    public static Type? Dictionary(Type type) =>
        type.IsGenericType && type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>))
            ? type.GetGenericArguments()[^1] : null;
}
