using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Settles one delivery: ack when handled (or not ours, or nobody handles its type); dead-letter
/// (<c>dlq-{queue}</c>) when unreadable; on a handler failure requeue after a growing pause, and dead-letter
/// once <see cref="FederationOptions.MaxDeliveryAttempts"/> is reached. Attempts are counted in memory: classic
/// queues keep no delivery count. See docs/decisions/0012.</summary>
internal sealed class FederationDelivery(FederationDispatcher dispatcher, FederationOptions options, ILogger<FederationDelivery> log)
{
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);

    public async Task HandleAsync(IChannel channel, BasicDeliverEventArgs args, CancellationToken ct)
    {
        FederationEvent e;
        try
        {
            e = FederationEvent.Parse(args.Body.Span);
        }
        catch (JsonException ex)
        {
            log.LogError(ex, "Unreadable CloudEvent on {Exchange}; dead-lettered", args.Exchange);
            await channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: false, ct);
            return;
        }

        var outcome = await dispatcher.DispatchAsync(e, ct);
        if (outcome == FederationOutcome.Failed)
        {
            var attempt = attempts.AddOrUpdate(e.Id, 1, (_, n) => n + 1);
            if (attempt < options.MaxDeliveryAttempts)
            {
                await Task.Delay(Backoff(attempt), ct);
                await channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: true, ct);
                return;
            }
            log.LogError("CloudEvent {Id} ({Type}) failed {Attempts} times; dead-lettered", e.Id, e.Type, attempt);
        }
        attempts.TryRemove(e.Id, out _);
        if (outcome is FederationOutcome.Failed or FederationOutcome.BadEvent)
            await channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: false, ct);
        else
            await channel.BasicAckAsync(args.DeliveryTag, multiple: false, ct);
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(200 * Math.Pow(2, attempt - 1), 10_000));
}
