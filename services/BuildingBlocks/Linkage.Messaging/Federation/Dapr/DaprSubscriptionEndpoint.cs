using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Linkage.Messaging;

/// <summary>A topic route the sidecar POSTs to. Replies 200 with the pub/sub status: SUCCESS when handled, RETRY
/// when a handler failed (the sidecar redelivers per its resiliency policy), DROP for an unreadable event or a target
/// outside <c>Linkage:Serves</c>. A refused event (a type nobody handles, unsigned, forged, out of scope,
/// replayed) raises the quarantine alarm and is dropped to the sidecar's dead-letter topic when one is configured;
/// an early one is answered RETRY, so the sidecar parks it per its resiliency policy.</summary>
internal static class DaprSubscriptionEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request, FederationDispatcher dispatcher, FederationOptions options, FederationAlarm alarm, CancellationToken ct)
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
        return Status(verdict.Outcome switch
        {
            FederationOutcome.Handled => "SUCCESS",
            FederationOutcome.Failed or FederationOutcome.Early => "RETRY",
            _ => "DROP",
        });
    }

    private static IResult Status(string status) => TypedResults.Ok(new DaprAppResponse(status));

    private sealed record DaprAppResponse(string Status);
}
