using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Settles one delivery: ack when handled (or not ours); quarantine then ack when refused (too large,
/// malformed, of a type nobody here handles, unsigned, forged, out of scope, replayed, a gap that never filled); park an
/// early event for up to <see cref="FederationOptions.GapTimeout"/> without its subject moving (<see cref="SubjectProgress"/>); on a handler failure retry after a growing pause,
/// and dead-letter once <see cref="FederationOptions.MaxDeliveryAttempts"/> is reached, raising an alarm (0557) that
/// the replayed event, once applied, resolves. Parking and retrying put a
/// copy back on the queue carrying its count and times (<see cref="DeliveryHeaders"/>), confirmed before the
/// delivery is acked: a restart or another replica continues the count (decisions 0012, 0332, 0622).</summary>
internal sealed class FederationDelivery(
    FederationDispatcher dispatcher, FederationQuarantine quarantine, FederationRequeue requeue, FederationAlarm alarm,
    SubjectProgress progress, FederationOptions options, TimeProvider clock, ILogger<FederationDelivery> log)
{
    private static readonly TimeSpan ParkPause = TimeSpan.FromMilliseconds(250);

    /// <summary>Settles the delivery; a first delivery of a batch (<paramref name="arrival"/>) is read and admitted
    /// once, here unless another thread did it before (decision 0828).</summary>
    public async Task HandleAsync(
        IChannel channel, string topic, BasicDeliverEventArgs args, CancellationToken ct, Arrival? arrival = null)
    {
        var headers = args.BasicProperties.Headers;
        if (DeliveryHeaders.RetryAtOf(headers) is { } due && due - clock.GetUtcNow() is { Ticks: > 0 } wait)
            await Task.Delay(wait < MaxBackoff ? wait : MaxBackoff, ct); // stopped meanwhile: unacked, it comes back with its count
        var read = arrival?.Read(this);
        var (e, refused) = read is { } first ? (first.Event, first.Refused) : Read(args);
        var verdict = e is null ? FederationVerdict.Quarantine(refused!)
            : read?.Admission is { } admission ? await dispatcher.DispatchAsync(e, await AdmittedAsync(admission), ct)
            : await dispatcher.DispatchAsync(e, ct);
        // What the dispatch did is settled even when the host is stopping meanwhile: an attempt used is counted.
        ct = CancellationToken.None;
        if (verdict.Outcome == FederationOutcome.Early)
        {
            var now = clock.GetUtcNow();
            var parkedSince = DeliveryHeaders.ParkedSinceOf(headers);
            if (parkedSince is null) progress.Arrived(e!);
            // counted from the subject's last move below it when that is later (0657, 0708): a gap still filling is not quarantined
            var since = progress.WaitingSince(e!, parkedSince ?? now);
            if (now - since < options.GapTimeout)
            {
                await AgainAsync(channel, topic, args, DeliveryHeaders.ParkedSince, since.ToUnixTimeMilliseconds(), now + ParkPause, ct);
                return;
            }
            verdict = FederationVerdict.Quarantine($"parked {options.GapTimeout} waiting for its predecessor: a gap that never filled");
        }
        if (verdict.Outcome == FederationOutcome.Quarantined)
        {
            await QuarantineAsync(channel, topic, args, e, verdict.Reason!, ct);
            return;
        }
        if (verdict.Outcome == FederationOutcome.Failed)
        {
            var attempt = DeliveryHeaders.AttemptsOf(headers) + 1;
            if (attempt < options.MaxDeliveryAttempts)
            {
                await AgainAsync(channel, topic, args, DeliveryHeaders.Attempts, attempt, clock.GetUtcNow() + Backoff(attempt), ct);
                return;
            }
            log.LogError("CloudEvent {Id} ({Type}) failed {Attempts} times; dead-lettered", e!.Id, e.Type, attempt);
            await SettleAsync(channel, topic, args, () => alarm.DeadLetteredAsync(e, topic, $"{attempt} attempts; {verdict.Reason}",
                DeliveryHeaders.ReplaysOf(headers), ct), () => channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: false, ct).AsTask(), ct);
            return;
        }
        if (verdict.Outcome == FederationOutcome.Handled && e is not null) progress.Applied(e);
        if (verdict.Outcome == FederationOutcome.Handled && e is not null && DeliveryHeaders.ReplaysOf(headers) is > 0 and var replays)
        {
            await SettleAsync(channel, topic, args, () => alarm.RecoveredAsync(e, topic, replays, FederationRecovery.Replayed, ct), Ack, ct);
            return;
        }
        await Ack();

        Task Ack() => channel.BasicAckAsync(args.DeliveryTag, multiple: false, ct).AsTask();
    }

    private async Task<(FederationVerdict, List<(IFederationSubscription, object)>)> AdmittedAsync(
        EventAdmission admission)
    {
        admission.TryAdmit(dispatcher, "alone");
        await admission.Done;
        return admission.Result;
    }

    /// <summary>A copy with the new count goes to the end of the queue, then this delivery is acked.</summary>
    private Task AgainAsync(IChannel channel, string topic, BasicDeliverEventArgs args, string header, long value,
        DateTimeOffset retryAt, CancellationToken ct) =>
        PutThenAckAsync(channel, topic, args, () => requeue.PutAsync(
            DaprRabbitMqTopology.QueueName(options.AppId, topic), args, header, value, retryAt, ct), ct);

    private Task QuarantineAsync(IChannel channel, string topic, BasicDeliverEventArgs args, FederationEvent? e, string reason, CancellationToken ct) =>
        PutThenAckAsync(channel, topic, args, () => quarantine.PutAsync(args.Body, e?.Id ?? args.BasicProperties.MessageId, topic,
            e?.TargetDivision, reason, args.BasicProperties.Headers, ct), ct);

    /// <summary>Acks the delivery once <paramref name="put"/> has placed it elsewhere; if that fails, requeues it as it was.</summary>
    private Task PutThenAckAsync(IChannel channel, string topic, BasicDeliverEventArgs args, Func<Task> put, CancellationToken ct) =>
        SettleAsync(channel, topic, args, put, () => channel.BasicAckAsync(args.DeliveryTag, multiple: false, ct).AsTask(), ct);

    /// <summary>Settles the delivery with <paramref name="settle"/> once <paramref name="first"/> (a copy placed, an
    /// alarm published) is done; if that fails, requeues it as it was.</summary>
    private async Task SettleAsync(IChannel channel, string topic, BasicDeliverEventArgs args, Func<Task> first, Func<Task> settle, CancellationToken ct)
    {
        try
        {
            await first();
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Could not settle delivery {Tag} of {Topic}; requeued as it was", args.DeliveryTag, topic);
            await Task.Delay(ParkPause, ct);
            await channel.BasicNackAsync(args.DeliveryTag, multiple: false, requeue: true, ct);
            return;
        }
        await settle();
    }

    public (FederationEvent? Event, string? Refused) Read(BasicDeliverEventArgs args)
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

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(200 * Math.Pow(2, attempt - 1), MaxBackoff.TotalMilliseconds));
}
