using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Linkage.Messaging;

/// <summary>Reads the CloudEvent the sidecar POSTed: whole (<c>application/cloudevents+json</c>), or unwrapped by
/// <c>UseCloudEvents</c> with its attributes forwarded as <c>Cloudevent.*</c> headers.</summary>
internal static class DaprEnvelopeReader
{
    public static async Task<FederationEvent> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        if (request.ContentType?.StartsWith(FederationEvent.CloudEventsContentType, StringComparison.OrdinalIgnoreCase) == true)
            return FederationEvent.Parse(body.ToArray());

        using var data = JsonDocument.Parse(body.ToArray());
        return new FederationEvent
        {
            Id = Required(request, "id"),
            Source = Required(request, "source"),
            Type = Required(request, "type"),
            Subject = Attribute(request, "subject"),
            Time = Attribute(request, "time") is { } time ? DateTimeOffset.Parse(time, CultureInfo.InvariantCulture) : null,
            DataContentType = request.ContentType ?? "application/json",
            Data = data.RootElement.Clone(),
            TargetDivision = Attribute(request, "targetdivision"),
            Sequence = Attribute(request, "sequence") is { } sequence ? long.Parse(sequence, CultureInfo.InvariantCulture) : null,
            Signer = Attribute(request, "signer"),
            SignatureKeyId = Attribute(request, "signaturekeyid"),
            Signature = Attribute(request, "signature"),
            SignaturePath = Attribute(request, "signaturepath"),
        };
    }

    private static string Required(HttpRequest request, string name) =>
        Attribute(request, name) ?? throw new JsonException($"The CloudEvent has no '{name}'.");

    /// <summary>The middleware forwards the raw JSON text without its quotes; decode JSON escapes back.</summary>
    private static string? Attribute(HttpRequest request, string name) =>
        request.Headers[$"Cloudevent.{name}"].ToString() is { Length: > 0 } raw
            ? JsonSerializer.Deserialize<string>($"\"{raw}\"")
            : null;
}
