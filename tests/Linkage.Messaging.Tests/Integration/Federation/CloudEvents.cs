using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>CloudEvents as another publisher (a Dapr sidecar) would put them on the wire: signed by
/// <paramref name="signer"/> (default <see cref="TestSigner.Other"/>), subject = id unless given, sequence 1 unless given.</summary>
public static class CloudEvents
{
    public static byte[] AsDaprWouldSend(string topic, string id, string? target, JsonNode data, string source = "/linkage/other",
        string? subject = null, long? sequence = 1, TestSigner? signer = null, DateTimeOffset? time = null,
        Func<JsonObject, JsonObject>? tamper = null, bool alone = false)
    {
        var (by, e) = (signer ?? TestSigner.Other, Event(topic, id, target, data, source, subject, sequence, time));
        return Wire(alone ? by.SignAlone(e) : by.Sign(e), tamper); // alone: no root to remember, every check verifies
    }

    /// <summary>One outbox round of <see cref="TestSigner.Other"/>'s, under one signature (decision 0721): an event per
    /// (subject, sequence, data), each on the wire alone; <paramref name="tamper"/> may change the i-th after signing.</summary>
    public static List<byte[]> RoundAsDaprWouldSend(string topic, string target, IEnumerable<(string Subject, long Sequence, JsonNode Data)> events,
        Func<int, JsonObject, JsonObject>? tamper = null)
    {
        var round = TestSigner.Other.SignRound(events
            .Select(e => Event(topic, Guid.NewGuid().ToString(), target, e.Data, "/linkage/other", e.Subject, e.Sequence, null)).ToList());
        return round.Select((e, i) => Wire(e, tamper is null ? null : json => tamper(i, json))).ToList();
    }

    private static FederationEvent Event(string topic, string id, string? target, JsonNode data, string source, string? subject, long? sequence,
        DateTimeOffset? time) => new()
    {
        Id = id, Source = source, Type = topic, Subject = subject ?? id, Time = time ?? DateTimeOffset.UtcNow,
        Data = JsonSerializer.SerializeToElement(data), TargetDivision = target, Sequence = sequence,
    };

    private static byte[] Wire(FederationEvent signed, Func<JsonObject, JsonObject>? tamper)
    {
        var json = JsonNode.Parse(signed.ToJsonBytes())!.AsObject();
        json["topic"] = signed.Type;
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
            json.Remove("signaturepath");
            return json;
        });

    public static JsonObject Probe(string key, int level = 1) => new() { ["key"] = key, ["level"] = level };
}
