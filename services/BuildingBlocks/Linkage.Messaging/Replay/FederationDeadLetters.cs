using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The federation adapter's dead letters (<c>dlq-{AppId}-{topic}</c>, an event whose handler failed every
/// attempt) and quarantine (<c>{AppId}-quarantine</c>, an event refused): replayed into the topic's queue of the same
/// deployment, in the order they wait, with a fresh set of attempts and <c>x-linkage-replays</c> one higher, or purged.
/// The receiver checks each again as it arrives (signature, allow-list, inbox, sequence): applied once, in order, or
/// refused again (decision 0623). Broker: <c>Linkage:Federation:RabbitMqUri</c> (management
/// <c>Linkage:Federation:ManagementUri</c>), else the shared one.</summary>
public sealed class FederationDeadLetters(IConfiguration config)
{
    private const string DeadLetterPrefix = "dlq-";
    private readonly BrokerQueues broker = config["Linkage:Federation:RabbitMqUri"] is { Length: > 0 } own
        ? new BrokerQueues(RabbitMqUri.Parse(own), config["Linkage:Federation:ManagementUri"])
        : BrokerQueues.Of(config);

    /// <summary>Moves what waits in each dead-letter and quarantine queue (whose name, or whose topic queue's, starts
    /// with <paramref name="prefix"/>) back to its topic's queue; returns the count per queue. Only the messages there
    /// when it starts: one refused again on the way in waits for the next replay.</summary>
    public Task<IReadOnlyDictionary<string, int>> ReplayAsync(string prefix, CancellationToken ct) =>
        ForEachAsync(prefix, async (channel, queue, queues) =>
        {
            var waiting = (await channel.QueueDeclarePassiveAsync(queue, ct)).MessageCount;
            var moved = 0;
            for (var i = 0u; i < waiting && await channel.BasicGetAsync(queue, autoAck: false, ct) is { } message; i++)
            {
                var headers = message.BasicProperties.Headers;
                var target = TargetOf(queue, headers, queues);
                var properties = new BasicProperties(message.BasicProperties);
                if (target is not null) properties.Headers = Replayed(headers);
                // one with nowhere to go (its topic's queue is gone) goes to the end of its own queue
                await channel.BasicPublishAsync("", target ?? queue, mandatory: true, properties, message.Body, ct);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
                if (target is not null) moved++;
            }
            return moved;
        }, ct);

    public Task<IReadOnlyDictionary<string, int>> PurgeAsync(string prefix, CancellationToken ct) =>
        ForEachAsync(prefix, async (channel, queue, _) => (int)await channel.QueuePurgeAsync(queue, ct), ct);

    private async Task<IReadOnlyDictionary<string, int>> ForEachAsync(
        string prefix, Func<IChannel, string, HashSet<string>, Task<int>> action, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var queues = await broker.ListAsync(ct);
        var (connection, channel) = await broker.OpenAsync(ct);
        await using (connection)
        await using (channel)
        {
            foreach (var queue in queues.Where(q => Holds(q, queues) && Matches(q, prefix)).Order(StringComparer.Ordinal))
                counts[queue] = await action(channel, queue, queues);
        }
        return counts;
    }

    private static bool Holds(string queue, HashSet<string> queues) =>
        queue.EndsWith(FederationQuarantine.Suffix, StringComparison.Ordinal)
        || (queue.StartsWith(DeadLetterPrefix, StringComparison.Ordinal) && queues.Contains(queue[DeadLetterPrefix.Length..]));

    private static bool Matches(string queue, string prefix) =>
        queue.StartsWith(prefix, StringComparison.Ordinal)
        || (queue.StartsWith(DeadLetterPrefix, StringComparison.Ordinal) && queue[DeadLetterPrefix.Length..].StartsWith(prefix, StringComparison.Ordinal));

    /// <summary><c>dlq-{q}</c> → <c>q</c>; <c>{AppId}-quarantine</c> → <c>{AppId}-{topic}</c> from the header; null when
    /// that queue does not exist.</summary>
    private static string? TargetOf(string queue, IDictionary<string, object?>? headers, HashSet<string> queues)
    {
        var target = queue.StartsWith(DeadLetterPrefix, StringComparison.Ordinal) && !queue.EndsWith(FederationQuarantine.Suffix, StringComparison.Ordinal)
            ? queue[DeadLetterPrefix.Length..]
            : headers is not null && headers.TryGetValue(FederationQuarantine.TopicHeader, out var topic) && topic is byte[] name
                ? DaprRabbitMqTopology.QueueName(queue[..^FederationQuarantine.Suffix.Length], System.Text.Encoding.UTF8.GetString(name))
                : null;
        return target is not null && queues.Contains(target) ? target : null;
    }

    private static Dictionary<string, object?> Replayed(IDictionary<string, object?>? headers)
    {
        var fresh = DeliveryHeaders.Fresh(headers) ?? new Dictionary<string, object?>();
        fresh.Remove(FederationQuarantine.ReasonHeader);
        fresh.Remove(FederationQuarantine.TopicHeader);
        fresh[DeliveryHeaders.Replays] = (long)(DeliveryHeaders.ReplaysOf(headers) + 1);
        return fresh;
    }
}
