using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The <c>_error</c> queues MassTransit moves failed messages to: replayed into their own queue (fault
/// headers dropped, publisher-confirmed before the error copy is acked) or purged. Queues are listed through the
/// management API: <c>Linkage:RabbitMq:ManagementUri</c>, by default the AMQP port + 10000 on the same host.</summary>
public sealed class ErrorQueues(IConfiguration config)
{
    private const string Suffix = "_error";
    private readonly BrokerQueues broker = BrokerQueues.Of(config);

    /// <summary>Moves every message of each <c>{queue}_error</c> (whose name starts with <paramref name="prefix"/>)
    /// back to <c>{queue}</c>; returns the count per error queue.</summary>
    public Task<IReadOnlyDictionary<string, int>> ReplayAsync(string prefix, CancellationToken ct) =>
        ForEachAsync(prefix, async (channel, queue) =>
        {
            var moved = 0;
            while (await channel.BasicGetAsync(queue, autoAck: false, ct) is { } message)
            {
                var properties = new BasicProperties(message.BasicProperties) { Headers = WithoutFault(message.BasicProperties.Headers) };
                await channel.BasicPublishAsync("", queue[..^Suffix.Length], mandatory: true, properties, message.Body, ct);
                await channel.BasicAckAsync(message.DeliveryTag, multiple: false, ct);
                moved++;
            }
            return moved;
        }, ct);

    public Task<IReadOnlyDictionary<string, int>> PurgeAsync(string prefix, CancellationToken ct) =>
        ForEachAsync(prefix, async (channel, queue) => (int)await channel.QueuePurgeAsync(queue, ct), ct);

    private async Task<IReadOnlyDictionary<string, int>> ForEachAsync(
        string prefix, Func<IChannel, string, Task<int>> action, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var queues = await broker.ListAsync(ct);
        var (connection, channel) = await broker.OpenAsync(ct);
        await using (connection)
        await using (channel)
        {
            // only error queues whose own queue exists: a replayed message must have somewhere to go
            foreach (var queue in queues.Where(q => q.EndsWith(Suffix, StringComparison.Ordinal) && q.StartsWith(prefix, StringComparison.Ordinal)
                         && queues.Contains(q[..^Suffix.Length])))
                counts[queue] = await action(channel, queue);
        }
        return counts;
    }

    private static Dictionary<string, object?>? WithoutFault(IDictionary<string, object?>? headers) =>
        headers?.Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
            .ToDictionary(h => h.Key, h => h.Value);
}
