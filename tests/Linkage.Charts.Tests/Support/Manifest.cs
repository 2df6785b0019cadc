using System.Text.Json.Nodes;

namespace Linkage.Charts.Tests;

/// <summary>One rendered Kubernetes object, as a JSON tree whose scalars are all strings.</summary>
public sealed record Manifest(JsonObject Body)
{
    public string Kind => Text(Body["kind"]);

    public string Name => Text(Body["metadata"]?["name"]);

    public JsonObject Annotations => Body["metadata"]?["annotations"] as JsonObject ?? [];

    /// <summary>The pod template of a Deployment or Job.</summary>
    public JsonObject PodSpec => (JsonObject)Body["spec"]!["template"]!["spec"]!;

    public JsonObject PodAnnotations => Body["spec"]?["template"]?["metadata"]?["annotations"] as JsonObject ?? [];

    public IEnumerable<JsonObject> Containers => PodSpec["containers"]!.AsArray().Cast<JsonObject>();

    public JsonObject Container => Containers.Single();

    public int Replicas => int.Parse(Text(Body["spec"]?["replicas"]));

    public static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";

    public static string? Env(JsonObject container, string name) =>
        container["env"]?.AsArray().Cast<JsonObject>().Where(e => Text(e["name"]) == name)
            .Select(e => e["value"] is { } v ? Text(v) : "<secret>").FirstOrDefault();

    public static IReadOnlyList<string> EnvNames(JsonObject container) =>
        container["env"]?.AsArray().Select(e => Text(e!["name"])).ToList() ?? [];
}
