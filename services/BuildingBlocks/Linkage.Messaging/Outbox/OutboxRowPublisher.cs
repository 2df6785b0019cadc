using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging;

/// <summary>Publishes one claimed row: integration events through MassTransit (MessageId = row id, publisher
/// confirms), federation events as the CloudEvents <see cref="OutboxRoundSigning"/> signed, through
/// <see cref="IFederationPublisher"/>.</summary>
internal sealed class OutboxRowPublisher(IServiceProvider services, OutboxOptions options)
{
    private readonly Lazy<IBus> bus = new(services.GetRequiredService<IBus>);

    public async Task<PublishResult> PublishAsync(OutboxRow row, SignedRow signed, CancellationToken ct)
    {
        using var activity = row.TraceParent is null ? null
            : MessagingTelemetry.Source.StartActivity("outbox dispatch", ActivityKind.Producer, row.TraceParent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.PublishTimeout);
        try
        {
            if (row.Kind == OutboxKind.Federation) await PublishFederatedAsync(signed, timeout.Token);
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

    private Task PublishFederatedAsync(SignedRow signed, CancellationToken ct)
    {
        if (signed.Event is not { } e) throw new InvalidOperationException(signed.Error);
        return services.GetRequiredService<IFederationPublisher>().PublishAsync(e, ct);
    }
}
