using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Linkage.ServiceDefaults.Events;

namespace Linkage.Architecture.Tests.Unit;

/// <summary>The published event catalogue (issue 16 part 5, decision 0571): every event a versioned CloudEvents type,
/// a schema and an example; a published version only grows. <c>LINKAGE_WRITE_EVENT_SNAPSHOT=1</c> rewrites the
/// committed snapshot after an additive change.</summary>
public sealed partial class EventCatalogueTests
{
    private static readonly string SnapshotPath = Path.Combine(SourceSizeTests.RepoRoot(), "contracts", "Linkage.Contracts", "events.snapshot.json");

    [Fact]
    public void Every_event_has_a_versioned_type_a_schema_and_an_example_with_every_field()
    {
        Assert.Contains(PublishedEvent.All, e => e.CrossesTiers);
        Assert.Contains(PublishedEvent.All, e => !e.CrossesTiers);
        Assert.Equal(PublishedEvent.All.Count, PublishedEvent.All.Select(e => e.CloudEventType).Distinct().Count());
        foreach (var e in PublishedEvent.All)
        {
            Assert.Matches(VersionedType(), e.CloudEventType);
            var fields = EventSchemas.Fields(EventSchemas.For(e.Contract));
            Assert.True(fields.Count > 0, $"{e.CloudEventType} has no schema properties");
            var example = EventExample.For(e.Contract).AsObject();
            var missing = fields.Keys.Where(f => !f.Contains('.') && !f.Contains('[')).Where(f => !example.ContainsKey(f)).ToList();
            Assert.True(missing.Count == 0, $"{e.CloudEventType}'s example lacks {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void A_published_event_only_grows_its_fields_keep_their_names_and_types()
    {
        var current = PublishedEvent.All.ToDictionary(e => e.CloudEventType, e => EventSchemas.Fields(EventSchemas.For(e.Contract)));
        if (Environment.GetEnvironmentVariable("LINKAGE_WRITE_EVENT_SNAPSHOT") == "1")
            File.WriteAllText(SnapshotPath, JsonSerializer.Serialize(new SortedDictionary<string, SortedDictionary<string, string>>(current, StringComparer.Ordinal),
                new JsonSerializerOptions { WriteIndented = true }) + "\n");
        var snapshot = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(File.ReadAllText(SnapshotPath))!;

        var broken = new List<string>();
        foreach (var (type, fields) in snapshot)
        {
            if (!current.TryGetValue(type, out var now)) { broken.Add($"{type} is gone (publish a new version alongside instead)"); continue; }
            foreach (var (field, jsonType) in fields)
                if (!now.TryGetValue(field, out var nowType)) broken.Add($"{type}: {field} was removed or renamed");
                else if (nowType != jsonType) broken.Add($"{type}: {field} changed from {jsonType} to {nowType}");
        }
        Assert.True(broken.Count == 0, "Published events change only additively:\n" + string.Join("\n", broken));
        Assert.True(current.Keys.All(snapshot.ContainsKey),
            $"New event types are not in {SnapshotPath}: {string.Join(", ", current.Keys.Except(snapshot.Keys))}; run with LINKAGE_WRITE_EVENT_SNAPSHOT=1");
    }

    [Fact]
    public void The_catalogue_is_asyncapi_3_with_a_channel_an_operation_and_a_message_per_event()
    {
        var document = JsonNode.Parse(AsyncApiDocument.Json)!;
        Assert.Equal("3.0.0", document["asyncapi"]!.GetValue<string>());
        foreach (var e in PublishedEvent.All)
        {
            var message = document["components"]!["messages"]![e.CloudEventType]!;
            Assert.Equal(e.CloudEventType, message["payload"]!["properties"]!["type"]!["const"]!.GetValue<string>());
            Assert.Equal(e.CloudEventType, message["examples"]![0]!["payload"]!["type"]!.GetValue<string>());
            Assert.NotNull(document["components"]!["schemas"]![e.CloudEventType]!["properties"]);
            Assert.Equal(e.Channel, document["channels"]![e.CloudEventType]!["address"]!.GetValue<string>());
            Assert.Equal("receive", document["operations"]!["receive-" + e.CloudEventType]!["action"]!.GetValue<string>());
        }
        Assert.DoesNotContain("\"$ref\": \"#/properties", AsyncApiDocument.Json);
    }

    [GeneratedRegex(@"^linkage\.[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*\.v[1-9][0-9]*$")]
    private static partial Regex VersionedType();
}
