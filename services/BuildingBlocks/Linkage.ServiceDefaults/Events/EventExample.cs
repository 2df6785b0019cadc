using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linkage.Messaging;

namespace Linkage.ServiceDefaults.Events;

/// <summary>An example of an event's data, built from its contract type: every constructor parameter gets a plain
/// value of its type (nested records recursively, one element in a list), serialised as on the wire.</summary>
public static class EventExample
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 8, 30, 0, TimeSpan.Zero);

    public static JsonNode For(Type contract) => JsonSerializer.SerializeToNode(Instance(contract, 0), contract, MessageJson.Options)!;

    private static object? Instance(Type type, int depth)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null) return type.IsValueType ? Activator.CreateInstance(type) : null;
        var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, p.Name!, depth + 1)).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? Value(Type type, string name, int depth)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return Text(name);
        if (t == typeof(Guid)) return new Guid("0192f0c1-7a2b-7c3d-8e4f-5a6b7c8d9e0f");
        if (t == typeof(DateTimeOffset)) return At;
        if (t == typeof(DateOnly)) return DateOnly.FromDateTime(At.Date);
        if (t == typeof(bool)) return false;
        if (t == typeof(JsonElement)) return JsonDocument.Parse("{}").RootElement; // free-form data
        if (t.IsEnum) return Enum.GetValues(t).GetValue(0);
        if (t.IsPrimitive || t == typeof(decimal)) return Convert.ChangeType(1, t, System.Globalization.CultureInfo.InvariantCulture);
        if (t.IsArray) return Array(t.GetElementType()!, name, depth);
        if (t.IsGenericType && t.GetGenericArguments() is [var key, var value] && typeof(IEnumerable).IsAssignableFrom(t))
            return Dictionary(key, value, name, depth);
        if (t.IsGenericType && t.GetGenericArguments() is [var element] && typeof(IEnumerable).IsAssignableFrom(t))
            return Array(element, name, depth);
        return depth > 5 ? null : Instance(t, depth);
    }

    private static Array Array(Type element, string name, int depth)
    {
        var array = System.Array.CreateInstance(element, 1);
        array.SetValue(Value(element, name, depth), 0);
        return array;
    }

    private static IDictionary Dictionary(Type key, Type value, string name, int depth)
    {
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
        dictionary.Add(Value(key, name, depth)!, Value(value, name, depth));
        return dictionary;
    }

    /// <summary>A recognisable value for the usual names; otherwise the name itself.</summary>
    private static string Text(string name) => name switch
    {
        _ when name.EndsWith("Division", StringComparison.OrdinalIgnoreCase) => "350926100201",
        _ when name.EndsWith("CaseNumber", StringComparison.OrdinalIgnoreCase) => "350926100201-20261203-000001",
        _ when name.EndsWith("MatterCode", StringComparison.OrdinalIgnoreCase) => "000121010000",
        _ when name.EndsWith("OrgUnitId", StringComparison.OrdinalIgnoreCase) => "ou-350926-centre",
        _ => name,
    };
}
