using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>A topic route the sidecar POSTs to. Replies 200 with the pub/sub status: SUCCESS when handled, RETRY
/// when a handler failed (the sidecar redelivers per its resiliency policy), DROP for an unreadable event, a target
/// outside <c>Linkage:Serves</c> or a type nobody handles.</summary>
internal static class DaprSubscriptionEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request, FederationDispatcher dispatcher, ILoggerFactory logs, CancellationToken ct)
    {
        FederationEvent e;
        try
        {
            e = await DaprEnvelopeReader.ReadAsync(request, ct);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            logs.CreateLogger(typeof(DaprSubscriptionEndpoint)).LogError(ex, "Unreadable CloudEvent on {Path}; dropped", request.Path);
            return Status("DROP");
        }
        var outcome = await dispatcher.DispatchAsync(e, ct);
        return Status(outcome switch
        {
            FederationOutcome.Handled => "SUCCESS",
            FederationOutcome.Failed => "RETRY",
            _ => "DROP",
        });
    }

    private static IResult Status(string status) => TypedResults.Ok(new DaprAppResponse(status));

    private sealed record DaprAppResponse(string Status);
}
