using System.Text;
using System.Text.Json.Nodes;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>CloudEvents as another publisher (a Dapr sidecar) would put them on the wire.</summary>
public static class CloudEvents
{
    public static byte[] AsDaprWouldSend(string topic, string id, string? target, JsonNode data, string source = "/linkage/other") =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = id,
            ["source"] = source,
            ["type"] = topic,
            ["subject"] = "case-1",
            ["time"] = "2026-11-22T08:00:00Z",
            ["datacontenttype"] = "application/json",
            ["data"] = data,
            ["targetdivision"] = target,
            ["topic"] = topic,
            ["pubsubname"] = "pubsub",
            ["traceid"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            ["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            ["tracestate"] = "",
        }.ToJsonString());

    public static JsonObject Probe(string key, int level = 1) => new() { ["key"] = key, ["level"] = level };
}
