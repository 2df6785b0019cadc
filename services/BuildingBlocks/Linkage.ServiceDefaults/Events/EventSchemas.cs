using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using Linkage.Messaging;

namespace Linkage.ServiceDefaults.Events;

/// <summary>The JSON schema of an event's data, generated from its contract type with the wire options
/// (<see cref="MessageJson"/>), and its fields flattened (<c>applicant.name</c>, <c>materials[]</c>) for the
/// additive-only check against the committed snapshot.</summary>
public static class EventSchemas
{
    private static readonly JsonSchemaExporterOptions Exporter = new() { TreatNullObliviousAsNonNullable = true };

    /// <summary>Numbers are written as numbers; that readers also accept them quoted is not part of the contract.</summary>
    private static readonly JsonSerializerOptions Written = new(MessageJson.Options) { NumberHandling = JsonNumberHandling.Strict };

    public static JsonNode For(Type contract) => Written.GetJsonSchemaAsNode(contract, Exporter);

    public static SortedDictionary<string, string> Fields(JsonNode schema)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(schema, "", fields);
        return fields;
    }

    private static void Walk(JsonNode? schema, string path, SortedDictionary<string, string> fields)
    {
        if (schema is not JsonObject o) return;
        if (path.Length > 0) fields[path] = TypeOf(o);
        if (o["properties"] is JsonObject properties)
            foreach (var (name, property) in properties) Walk(property, path.Length == 0 ? name : $"{path}.{name}", fields);
        if (o["items"] is JsonObject items) Walk(items, path + "[]", fields);
    }

    /// <summary>The JSON type without <c>null</c>: making a field optional is additive, changing its type is not.</summary>
    private static string TypeOf(JsonObject o) => o["type"] switch
    {
        JsonArray types => string.Join("|", types.Select(t => t!.GetValue<string>()).Where(t => t != "null").Order(StringComparer.Ordinal)),
        JsonValue type => type.GetValue<string>(),
        _ => o["enum"] is not null ? "string" : "any",
    };
}
