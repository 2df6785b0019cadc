using System.Security.Cryptography;
using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>The alarms of the federation bus, on the deployment's internal bus where the host runs it, filed by
/// supervision under the deployment's own division. A refused event: an error log, the
/// <c>linkage.federation.quarantined</c> counter and <see cref="FederationEventQuarantined"/> (decision 0624). A
/// dead-lettered one: <see cref="FederationEventDeadLettered"/>; once a replay of either is applied,
/// <see cref="FederationEventRecovered"/> (0557, 0613). Published before the delivery is settled, so a failure leaves it
/// to be tried again; an alarm's id is the same each time.</summary>
public sealed class FederationAlarm(
    FederationOptions options, IServiceProvider services, TimeProvider clock, ILogger<FederationAlarm> log)
{
    internal async Task RaiseAsync(QuarantinedEvent refused, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        log.LogError("Federation event {Id} on {Topic} quarantined: {Reason}", refused.Id, refused.Topic, refused.Reason);
        MessagingTelemetry.Quarantined.Add(1, new KeyValuePair<string, object?>("topic", refused.Topic));
        var what = refused.Id ?? Convert.ToHexString(SHA256.HashData(body.Span));
        await PublishAsync(refused.Id, refused.Target, division => new FederationEventQuarantined(
            AlarmId(what, Quarantined, refused.Replays), options.AppId, refused.Id, refused.Topic, Trim(refused.Reason, 500),
            division, clock.GetUtcNow()), ct);
    }

    /// <summary>The event failed its last attempt and goes to <c>dlq-*</c>; <paramref name="replays"/> as it arrived.</summary>
    internal Task DeadLetteredAsync(FederationEvent e, string topic, string reason, int replays, CancellationToken ct) =>
        PublishAsync(e.Id, e.TargetDivision, division => new FederationEventDeadLettered(
            AlarmId(e.Id, DeadLettered, replays), options.AppId, e.Id, topic, Trim(reason, 500), division, clock.GetUtcNow()), ct);

    /// <summary>An event was applied after its cards: the dead-letter and quarantine cards it may have raised before
    /// each of <paramref name="replays"/> are resolved (0557, 0613), the note saying how it came back (0687).</summary>
    internal Task RecoveredAsync(FederationEvent e, string topic, int replays, FederationRecovery how, CancellationToken ct) =>
        PublishAsync(e.Id, e.TargetDivision, _ => new FederationEventRecovered(
            [.. Enumerable.Range(0, replays).SelectMany(r => new[] { AlarmId(e.Id, DeadLettered, r), AlarmId(e.Id, Quarantined, r) })],
            options.AppId, e.Id, topic, clock.GetUtcNow(), how switch
            {
                FederationRecovery.Replayed => $"replayed and applied: {e.Id}",
                _ => $"applied at a later delivery of the sidecar: {e.Id}",
            }), ct);

    /// <summary>A federation row of this deployment's outbox parked after its last attempt (decision 0673): a dead-letter
    /// card at the sender, filed as the receiver's are; null when there is no division to file it under.</summary>
    internal FederationEventDeadLettered? Parked(Guid rowId, string topic, string? target, string error) =>
        DivisionOf(target) is { } division
            ? new(AlarmId(rowId.ToString(), ParkedAtSender, 0), options.AppId, rowId.ToString(), topic,
                Trim($"parked in the sender's outbox: {error}", 500), division, clock.GetUtcNow())
            : null;

    /// <summary>The parked row crossed at a later try: its card is resolved. Crossed, not applied: the broker routed it to
    /// the link towards its target, whose receiver applies it (0687).</summary>
    internal FederationEventRecovered Crossed(Guid rowId, string topic) =>
        new([AlarmId(rowId.ToString(), ParkedAtSender, 0)], options.AppId, rowId.ToString(), topic, clock.GetUtcNow(),
            $"sent at a later try of the outbox, taken by the link towards its target: row {rowId}");

    private const string DeadLettered = "dead-lettered", Quarantined = "quarantined", ParkedAtSender = "parked";

    private async Task PublishAsync<T>(string? eventId, string? target, Func<string, T> alarm, CancellationToken ct) where T : class
    {
        if (services.GetService<IBus>() is not { } bus) return;
        if (DivisionOf(target) is not { } division)
        {
            log.LogWarning("No division to file the federation alarm of {Id} under: set Linkage:Serves", eventId);
            return;
        }
        // bounded: while the internal bus reconnects a publish can wait for good, holding the federation consumer
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(PublishTimeout);
        await bus.Publish(alarm(division), bounded.Token);
    }

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The deployment's own division (its first <c>Linkage:Serves</c>); a deployment serving everything
    /// files it under the event's target when that is a division code.</summary>
    private string? DivisionOf(string? target) =>
        options.Scope.Serves.Count > 0 ? options.Scope.Serves[0] : DivisionScope.IsDivisionCode(target) ? target : null;

    /// <summary>One card per event, kind and replay: a retry finds its card, a replay that is refused (or fails)
    /// again raises a new one, and an applied replay names the cards before it (0613).</summary>
    private Guid AlarmId(string what, string kind, int replays)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{options.AppId}\n{what}\n{kind}\n{replays}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>How an event whose cards were raised came to be applied (0687).</summary>
internal enum FederationRecovery
{
    /// <summary>An operator's <c>./platform messages replay</c> brought it back.</summary>
    Replayed,

    /// <summary>The Dapr sidecar kept delivering it.</summary>
    Retried,
}

/// <summary>A federation event refused here: its CloudEvent id (null when unreadable), topic, target division, why,
/// and how often an operator had replayed it before.</summary>
internal sealed record QuarantinedEvent(string? Id, string Topic, string? Target, string Reason, int Replays);
