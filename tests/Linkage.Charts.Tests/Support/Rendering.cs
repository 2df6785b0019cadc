using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Linkage.Charts.Tests;

/// <summary>Every object of one `helm template` run.</summary>
public sealed class Rendering(IReadOnlyList<Manifest> manifests)
{
    public static readonly string[] Modules = ["catalog", "intake", "approval", "certificates", "videoreview", "ratings", "supervision", "fees", "hall", "office", "webhooks"];

    public IReadOnlyList<Manifest> All => manifests;

    public IEnumerable<Manifest> OfKind(string kind) => manifests.Where(m => m.Kind == kind);

    public Manifest? Find(string kind, string name) => manifests.SingleOrDefault(m => m.Kind == kind && m.Name == name);

    public Manifest Get(string kind, string name) =>
        Find(kind, name) ?? throw new Xunit.Sdk.XunitException($"no {kind} {name}; rendered: {string.Join(", ", manifests.Select(m => $"{m.Kind}/{m.Name}"))}");

    /// <summary>Deployments and Jobs: everything that runs a pod.</summary>
    public IEnumerable<Manifest> Workloads => manifests.Where(m => m.Kind is "Deployment" or "Job");

    public static Rendering Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var list = new List<Manifest>();
        while (parser.Accept<DocumentStart>(out _))
            if (ToNode(deserializer.Deserialize(parser)) is JsonObject body) list.Add(new Manifest(body));
        return new Rendering(list);
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key.ToString()!, ToNode(kv.Value)))),
        IList<object> list => new JsonArray(list.Select(ToNode).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
