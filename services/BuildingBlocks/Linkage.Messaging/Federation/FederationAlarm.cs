using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>The alarm for a refused federation event: an error log and the <c>linkage.federation.quarantined</c> counter.</summary>
internal static class FederationAlarm
{
    public static void Raise(ILogger log, string? id, string topic, string reason)
    {
        log.LogError("Federation event {Id} on {Topic} quarantined: {Reason}", id, topic, reason);
        MessagingTelemetry.Quarantined.Add(1, new KeyValuePair<string, object?>("topic", topic));
    }
}
