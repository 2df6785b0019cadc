using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkage.ServiceDefaults.Events;

/// <summary>The AsyncAPI 3.0 event catalogue (issue 16 part 5, decision 0571), generated from
/// <see cref="PublishedEvent.All"/>: a channel, a receive operation and a message per event, whose payload is the
/// CloudEvents 1.0 structured envelope with the event's type as a constant and its data schema and example.</summary>
public static class AsyncApiDocument
{
    private static readonly Lazy<string> Text = new(() => Build().ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

    public static string Json => Text.Value;

    public static JsonObject Build()
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        var schemas = new JsonObject();
        foreach (var e in PublishedEvent.All)
        {
            var key = e.CloudEventType;
            channels[key] = new JsonObject
            {
                ["address"] = e.Channel,
                ["description"] = e.CrossesTiers
                    ? "Federation exchange (fanout) carried between tiers' brokers; signed CloudEvents (decision 0331)."
                    : "Integration exchange (fanout) of the deployment's broker, named by MassTransit after the contract type.",
                ["messages"] = new JsonObject { [e.Name] = Ref($"#/components/messages/{key}") },
            };
            operations["receive-" + key] = new JsonObject { ["action"] = "receive", ["channel"] = Ref($"#/channels/{key}") };
            messages[key] = Message(e);
            schemas[key] = Rebased(EventSchemas.For(e.Contract), $"#/components/schemas/{key}");
        }
        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Linkage events",
                ["version"] = "1",
                ["description"] = "Events integrators may subscribe to. Versioning: a type ends in .vN; a published version changes "
                    + "only additively (new optional fields); anything else is a new type .vN+1 published alongside (docs/events.md).",
            },
            ["defaultContentType"] = "application/cloudevents+json",
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject { ["messages"] = messages, ["schemas"] = schemas },
        };
    }

    private static JsonObject Message(PublishedEvent e)
    {
        return new JsonObject
        {
            ["name"] = e.CloudEventType,
            ["title"] = e.Name,
            ["contentType"] = "application/cloudevents+json",
            ["payload"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("specversion", "id", "source", "type", "data"),
                ["properties"] = new JsonObject
                {
                    ["specversion"] = new JsonObject { ["const"] = "1.0" },
                    ["id"] = new JsonObject { ["type"] = "string" },
                    ["source"] = new JsonObject { ["type"] = "string", ["description"] = "The sending deployment's app id." },
                    ["type"] = new JsonObject { ["const"] = e.CloudEventType },
                    ["subject"] = new JsonObject { ["type"] = "string" },
                    ["time"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                    ["data"] = Ref($"#/components/schemas/{e.CloudEventType}"),
                },
            },
            ["examples"] = new JsonArray(new JsonObject
            {
                ["name"] = e.Name,
                ["payload"] = new JsonObject
                {
                    ["specversion"] = "1.0",
                    ["id"] = "0192f0c1-7a2b-7c3d-8e4f-000000000001",
                    ["source"] = "county-350926",
                    ["type"] = e.CloudEventType,
                    ["time"] = "2026-12-03T08:30:00+00:00",
                    ["data"] = EventExample.For(e.Contract),
                },
            }),
        };
    }

    /// <summary>The exporter's own <c>$ref</c>s point into the schema's root; under components they need its path.</summary>
    private static JsonNode Rebased(JsonNode schema, string root)
    {
        foreach (var node in Descendants(schema).OfType<JsonObject>())
            if (node["$ref"] is JsonValue reference && reference.GetValue<string>() is var pointer && pointer.StartsWith('#'))
                node["$ref"] = root + pointer[1..];
        return schema;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a.AsEnumerable(), _ => [] };
        foreach (var child in children.OfType<JsonNode>().ToList())
            foreach (var descendant in Descendants(child)) yield return descendant;
    }

    private static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
