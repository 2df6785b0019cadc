using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linkage.Messaging;

/// <summary>A CloudEvents 1.0 envelope (structured JSON mode) crossing tiers. <see cref="TargetDivision"/> is the
/// <c>targetdivision</c> extension: the 12-digit division code that should handle the event.</summary>
public sealed record FederationEvent
{
    public const string CloudEventsContentType = "application/cloudevents+json";

    [JsonPropertyName("id")] public required string Id { get; init; }

    [JsonPropertyName("source")] public required string Source { get; init; }

    [JsonPropertyName("specversion")] public string SpecVersion { get; init; } = "1.0";

    [JsonPropertyName("type")] public required string Type { get; init; }

    [JsonPropertyName("subject")] public string? Subject { get; init; }

    [JsonPropertyName("time")] public DateTimeOffset? Time { get; init; }

    [JsonPropertyName("datacontenttype")] public string DataContentType { get; init; } = "application/json";

    [JsonPropertyName("data")] public JsonElement Data { get; init; }

    [JsonPropertyName("targetdivision")] public string? TargetDivision { get; init; }

    /// <summary>Extension <c>sequence</c>: the sender's counter of this subject's events (1, 2, 3…), see docs/decisions/0332.</summary>
    [JsonPropertyName("sequence")] public long? Sequence { get; init; }

    /// <summary>Extensions <c>signer</c> (the sending deployment's app id), <c>signaturekeyid</c> and <c>signature</c>
    /// (base64 SM2, see docs/decisions/0331): over the SM3 Merkle root of the outbox round the event went out in, which
    /// <see cref="SignaturePath"/> leads to from the event's own <see cref="FederationSignature.Content"/> (0721); without a
    /// path, over the content itself (a sender from before 0721).</summary>
    [JsonPropertyName("signer")] public string? Signer { get; init; }

    [JsonPropertyName("signaturekeyid")] public string? SignatureKeyId { get; init; }

    [JsonPropertyName("signature")] public string? Signature { get; init; }

    /// <summary>Extension <c>signaturepath</c>: the event's <see cref="Linkage.Messaging.SignaturePath"/> in its round's tree.</summary>
    [JsonPropertyName("signaturepath")] public string? SignaturePath { get; init; }

    public byte[] ToJsonBytes() => JsonSerializer.SerializeToUtf8Bytes(this, EnvelopeJson);

    /// <summary>Reads a structured CloudEvent; extra attributes (Dapr's topic, pubsubname, traceparent…) are ignored.</summary>
    public static FederationEvent Parse(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<FederationEvent>(json, EnvelopeJson)
        ?? throw new JsonException("The CloudEvent is null.");

    public T DataAs<T>() =>
        Data.Deserialize<T>(MessageJson.Options) ?? throw new JsonException($"The CloudEvent {Id} has no data.");

    private static readonly JsonSerializerOptions EnvelopeJson = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
