using System.Text;

namespace Linkage.Messaging;

/// <summary>What a federation delivery has been through, carried on the message itself so that a restart or another
/// replica continues the count (decision 0622): <c>x-linkage-attempts</c> (failed handler runs so far),
/// <c>x-linkage-parked-since</c> (Unix milliseconds of its first parking) and <c>x-linkage-retry-at</c> (not to be
/// handled before then: the back-off). A replay drops them all: a fresh start.</summary>
internal static class DeliveryHeaders
{
    public const string Attempts = "x-linkage-attempts";
    public const string ParkedSince = "x-linkage-parked-since";
    public const string RetryAt = "x-linkage-retry-at";

    /// <summary>How often an operator has sent the event back from a dead-letter or quarantine queue (decision 0623);
    /// kept across replays.</summary>
    public const string Replays = "x-linkage-replays";

    /// <summary>A first delivery: no count, parking, back-off or replay of ours on it (decision 0629 batches only these).</summary>
    public static bool IsFirst(IDictionary<string, object?>? headers) =>
        headers is null || !(headers.ContainsKey(Attempts) || headers.ContainsKey(ParkedSince) || headers.ContainsKey(RetryAt) || headers.ContainsKey(Replays));

    public static int ReplaysOf(IDictionary<string, object?>? headers) => (int)Number(headers, Replays);

    public static int AttemptsOf(IDictionary<string, object?>? headers) => (int)Number(headers, Attempts);

    public static DateTimeOffset? ParkedSinceOf(IDictionary<string, object?>? headers) =>
        Number(headers, ParkedSince) is > 0 and var ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public static DateTimeOffset? RetryAtOf(IDictionary<string, object?>? headers) =>
        Number(headers, RetryAt) is > 0 and var ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>The headers with one count set and the time before which the copy waits (others kept).</summary>
    public static Dictionary<string, object?> With(IDictionary<string, object?>? headers, string name, long value, DateTimeOffset retryAt)
    {
        var copy = headers is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(headers);
        copy[name] = value;
        copy[RetryAt] = retryAt.ToUnixTimeMilliseconds();
        return copy;
    }

    /// <summary>The headers without this adapter's counts and RabbitMQ's dead-letter history.</summary>
    public static Dictionary<string, object?>? Fresh(IDictionary<string, object?>? headers) =>
        headers?.Where(h => h.Key is not (Attempts or ParkedSince or RetryAt or "x-death" or "x-first-death-exchange" or "x-first-death-queue"
                or "x-first-death-reason" or "x-last-death-exchange" or "x-last-death-queue" or "x-last-death-reason"))
            .ToDictionary(h => h.Key, h => h.Value);

    private static long Number(IDictionary<string, object?>? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value switch
        {
            long l => l,
            int i => i,
            byte[] text when long.TryParse(Encoding.UTF8.GetString(text), out var parsed) => parsed,
            _ => 0,
        } : 0;
}
