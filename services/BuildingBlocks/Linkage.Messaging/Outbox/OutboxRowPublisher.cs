using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

/// <summary>Publishes one claimed row: integration events through MassTransit (MessageId = row id, publisher
/// confirms), federation events as signed CloudEvents through <see cref="IFederationPublisher"/> (id = row id).</summary>
internal sealed class OutboxRowPublisher(IServiceProvider services, OutboxOptions options)
{
    private readonly Lazy<IBus> bus = new(services.GetRequiredService<IBus>);

    public async Task<PublishResult> PublishAsync(OutboxRow row, CancellationToken ct)
    {
        using var activity = row.TraceParent is null ? null
            : MessagingTelemetry.Source.StartActivity("outbox dispatch", ActivityKind.Producer, row.TraceParent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.PublishTimeout);
        try
        {
            if (row.Kind == OutboxKind.Federation) await PublishFederatedAsync(row, timeout.Token);
            else await PublishIntegrationAsync(row, timeout.Token);
            return new PublishResult(row.Id, null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            return new PublishResult(row.Id, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private Task PublishIntegrationAsync(OutboxRow row, CancellationToken ct)
    {
        var type = MessageTypes.Resolve(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Payload, type, MessageJson.Options)
            ?? throw new JsonException($"Outbox row {row.Id} has a null payload.");
        return bus.Value.Publish(message, type, context =>
        {
            context.MessageId = row.Id;
            context.Headers.Set("linkage-aggregate-id", row.AggregateId);
        }, ct);
    }

    private Task PublishFederatedAsync(OutboxRow row, CancellationToken ct)
    {
        var publisher = services.GetService<IFederationPublisher>()
            ?? throw new InvalidOperationException("No federation bus: call services.AddFederationBus(configuration).");
        var federation = services.GetRequiredService<FederationOptions>();
        using var data = JsonDocument.Parse(row.Payload);
        var envelope = services.GetRequiredService<FederationSigner>().Sign(new FederationEvent
        {
            Id = row.Id.ToString(),
            Source = federation.Source,
            Type = row.MessageType,
            Subject = row.Subject,
            Time = row.CreatedAt,
            Data = data.RootElement.Clone(),
            TargetDivision = row.TargetDivision,
            Sequence = SequenceOf(data.RootElement),
        });
        return publisher.PublishAsync(envelope, ct);
    }

    /// <summary>A federation payload carries its subject's sequence as <c>sequence</c>; the envelope repeats it,
    /// signed (docs/decisions/0332).</summary>
    private static long? SequenceOf(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("sequence", out var n) && n.TryGetInt64(out var sequence)
            ? sequence : null;
}
