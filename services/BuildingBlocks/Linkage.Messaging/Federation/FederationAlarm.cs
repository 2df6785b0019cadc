using System.Security.Cryptography;
using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>The alarm for a refused federation event: an error log, the <c>linkage.federation.quarantined</c> counter
/// and, where the host runs the internal bus, <see cref="FederationEventQuarantined"/>, which supervision files as a red
/// card under the deployment's own division (decision 0624). Published before the event is put aside, so a failure
/// leaves the delivery to be tried again; the alarm's id is the same each time.</summary>
public sealed class FederationAlarm(
    FederationOptions options, IServiceProvider services, TimeProvider clock, ILogger<FederationAlarm> log)
{
    internal async Task RaiseAsync(QuarantinedEvent refused, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        log.LogError("Federation event {Id} on {Topic} quarantined: {Reason}", refused.Id, refused.Topic, refused.Reason);
        MessagingTelemetry.Quarantined.Add(1, new KeyValuePair<string, object?>("topic", refused.Topic));
        if (services.GetService<IBus>() is not { } bus) return;
        if (DivisionOf(refused.Target) is not { } division)
        {
            log.LogWarning("No division to file the quarantine alarm of {Id} under: set Linkage:Serves", refused.Id);
            return;
        }
        // bounded: while the internal bus reconnects a publish can wait for good, holding the federation consumer
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(PublishTimeout);
        await bus.Publish(new FederationEventQuarantined(AlarmId(refused, body), options.AppId, refused.Id, refused.Topic,
            Trim(refused.Reason, 500), division, clock.GetUtcNow()), bounded.Token);
    }

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The deployment's own division (its first <c>Linkage:Serves</c>); a deployment serving everything
    /// files it under the event's target when that is a division code.</summary>
    private string? DivisionOf(string? target) =>
        options.Scope.Serves.Count > 0 ? options.Scope.Serves[0] : DivisionScope.IsDivisionCode(target) ? target : null;

    /// <summary>One card per event, reason and replay: a retry finds its card, a replay that is refused again raises a new one.</summary>
    private Guid AlarmId(QuarantinedEvent refused, ReadOnlyMemory<byte> body)
    {
        var what = refused.Id ?? Convert.ToHexString(SHA256.HashData(body.Span));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{options.AppId}\n{what}\n{refused.Reason}\n{refused.Replays}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>A federation event refused here: its CloudEvent id (null when unreadable), topic, target division, why,
/// and how often an operator had replayed it before.</summary>
internal sealed record QuarantinedEvent(string? Id, string Topic, string? Target, string Reason, int Replays);
