using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>CloudEvents as another publisher (a Dapr sidecar) would put them on the wire: signed by
/// <paramref name="signer"/> (default <see cref="TestSigner.Other"/>), subject = id unless given, sequence 1 unless given.</summary>
public static class CloudEvents
{
    public static byte[] AsDaprWouldSend(string topic, string id, string? target, JsonNode data, string source = "/linkage/other",
        string? subject = null, long? sequence = 1, TestSigner? signer = null, DateTimeOffset? time = null,
        Func<JsonObject, JsonObject>? tamper = null)
    {
        var e = new FederationEvent
        {
            Id = id, Source = source, Type = topic, Subject = subject ?? id, Time = time ?? DateTimeOffset.UtcNow,
            Data = JsonSerializer.SerializeToElement(data), TargetDivision = target, Sequence = sequence,
        };
        var json = JsonNode.Parse((signer ?? TestSigner.Other).Sign(e).ToJsonBytes())!.AsObject();
        json["topic"] = topic;
        json["pubsubname"] = "pubsub";
        json["traceid"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        json["traceparent"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        json["tracestate"] = "";
        return JsonSerializer.SerializeToUtf8Bytes(tamper is null ? json : tamper(json));
    }

    public static byte[] Unsigned(string topic, string id, string? target, JsonNode data) =>
        AsDaprWouldSend(topic, id, target, data, tamper: json =>
        {
            json.Remove("signer");
            json.Remove("signaturekeyid");
            json.Remove("signature");
            return json;
        });

    public static JsonObject Probe(string key, int level = 1) => new() { ["key"] = key, ["level"] = level };
}
