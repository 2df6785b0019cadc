using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>A topic route the sidecar POSTs to. Replies 200 with the pub/sub status: SUCCESS when handled, RETRY
/// when a handler failed (the sidecar redelivers per its resiliency policy), DROP for an unreadable event or a target
/// outside <c>Linkage:Serves</c>. A refused event (a type nobody handles, unsigned, forged, out of scope,
/// replayed) raises the quarantine alarm and is dropped to the sidecar's dead-letter topic when one is configured;
/// an early one is answered RETRY, so the sidecar parks it per its resiliency policy. An event whose handlers failed
/// <see cref="FederationOptions.MaxDeliveryAttempts"/> times raises the dead-letter card and is still answered RETRY
/// (the broker keeps it); once it is applied, the card is resolved (decisions 0557, 0613).</summary>
internal static class DaprSubscriptionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, FederationDispatcher dispatcher, FederationOptions options,
        FederationAlarm alarm, DaprFailedAttempts attempts, ILoggerFactory logs, CancellationToken ct)
    {
        FederationEvent e;
        try
        {
            if (request.ContentLength > options.MaxEventBytes) throw new FormatException($"more than {options.MaxEventBytes} bytes");
            e = await DaprEnvelopeReader.ReadAsync(request, ct);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            await alarm.RaiseAsync(new QuarantinedEvent(null, request.Path.ToString(), null, $"unreadable: {ex.Message}", 0), ReadOnlyMemory<byte>.Empty, ct);
            return Status("DROP");
        }
        var verdict = await dispatcher.DispatchAsync(e, ct);
        if (verdict.Outcome == FederationOutcome.Quarantined)
            await alarm.RaiseAsync(new QuarantinedEvent(e.Id, e.Type, e.TargetDivision, verdict.Reason!, 0), ReadOnlyMemory<byte>.Empty, ct);
        await CountAsync(e, verdict, options, alarm, attempts, logs, ct);
        return Status(verdict.Outcome switch
        {
            FederationOutcome.Handled => "SUCCESS",
            FederationOutcome.Failed or FederationOutcome.Early => "RETRY",
            _ => "DROP",
        });
    }

    /// <summary>Counts a failure and raises the dead-letter card at the last attempt; an applied event that had raised
    /// it resolves it. A failed publish answers 500, which the sidecar retries.</summary>
    private static async Task CountAsync(FederationEvent e, FederationVerdict verdict, FederationOptions options, FederationAlarm alarm,
        DaprFailedAttempts attempts, ILoggerFactory logs, CancellationToken ct)
    {
        if (verdict.Outcome == FederationOutcome.Early) return;
        if (verdict.Outcome == FederationOutcome.Failed)
        {
            var (failures, carded) = await attempts.FailedAsync(e.Id, ct);
            if (carded || failures < options.MaxDeliveryAttempts) return;
            logs.CreateLogger(typeof(DaprSubscriptionEndpoint)).LogError(
                "CloudEvent {Id} ({Type}) failed {Attempts} times; the sidecar keeps retrying it", e.Id, e.Type, failures);
            await alarm.DeadLetteredAsync(e, e.Type, $"{failures} attempts; {verdict.Reason}", 0, ct);
            await attempts.MarkCardedAsync(e.Id, ct);
            return;
        }
        if (await attempts.CardedAsync(e.Id, ct) is not { } cardUp) return;
        if (cardUp && verdict.Outcome == FederationOutcome.Handled) await alarm.RecoveredAsync(e, e.Type, 1, FederationRecovery.Retried, ct);
        await attempts.SettledAsync(e.Id, ct);
    }

    private static IResult Status(string status) => TypedResults.Ok(new DaprAppResponse(status));

    private sealed record DaprAppResponse(string Status);
}
