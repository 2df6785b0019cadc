using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Settles one delivery: ack when handled (or not ours); quarantine then ack when refused (too large,
/// malformed, of a type nobody here handles, unsigned, forged, out of scope, replayed, a gap that never filled); park an
/// early event (requeue after a pause) for up to <see cref="FederationOptions.GapTimeout"/>; on a handler failure
/// requeue after a growing pause, and dead-letter once <see cref="FederationOptions.MaxDeliveryAttempts"/> is
/// reached. Attempts and parking times are counted in memory: classic queues keep no delivery count, so a restart
/// starts them again (more patience, never less). See docs/decisions/0012, 0331, 0332.</summary>
internal sealed class FederationDelivery(
    FederationDispatcher dispatcher, FederationQuarantine quarantine, FederationOptions options, ILogger<FederationDelivery> log)
{
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> parked = new(StringComparer.Ordinal);

    public async Task HandleAsync(IChannel channel, BasicDeliverEventArgs args, CancellationToken ct)
    {
        var (e, refused) = Read(args);
        var verdict = e is null ? FederationVerdict.Quarantine(refused!) : await dispatcher.DispatchAsync(e, ct);
        if (verdict.Outcome == FederationOutcome.Early && e is not null)
        {
            var since = parked.GetOrAdd(e.Id, _ => DateTimeOffset.UtcNow);
            if (DateTimeOffset.UtcNow - since < options.GapTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
                await channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: true, ct);
                return;
            }
            verdict = FederationVerdict.Quarantine($"parked {options.GapTimeout} waiting for its predecessor: a gap that never filled");
        }
        if (e is not null) parked.TryRemove(e.Id, out _);
        if (verdict.Outcome == FederationOutcome.Quarantined)
        {
            await quarantine.PutAsync(args.Body, e?.Id ?? args.BasicProperties.MessageId, args.Exchange, verdict.Reason!, ct);
            await channel.BasicAckAsync(args.DeliveryTag, multiple: false, ct);
            return;
        }
        if (verdict.Outcome == FederationOutcome.Failed && await RetryAsync(channel, args, e!, ct)) return;
        if (verdict.Outcome == FederationOutcome.Failed)
            await channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: false, ct);
        else
            await channel.BasicAckAsync(args.DeliveryTag, multiple: false, ct);
    }

    private (FederationEvent? Event, string? Refused) Read(BasicDeliverEventArgs args)
    {
        if (args.Body.Length > options.MaxEventBytes) return (null, $"{args.Body.Length} bytes, more than {options.MaxEventBytes}");
        try
        {
            return (FederationEvent.Parse(args.Body.Span), null);
        }
        catch (JsonException ex)
        {
            return (null, $"not a CloudEvent: {ex.Message}");
        }
    }

    private async Task<bool> RetryAsync(IChannel channel, BasicDeliverEventArgs args, FederationEvent e, CancellationToken ct)
    {
        var attempt = attempts.AddOrUpdate(e.Id, 1, (_, n) => n + 1);
        if (attempt < options.MaxDeliveryAttempts)
        {
            await Task.Delay(Backoff(attempt), ct);
            await channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: true, ct);
            return true;
        }
        attempts.TryRemove(e.Id, out _);
        log.LogError("CloudEvent {Id} ({Type}) failed {Attempts} times; dead-lettered", e.Id, e.Type, attempt);
        return false;
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(200 * Math.Pow(2, attempt - 1), 10_000));
}
