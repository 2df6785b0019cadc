using System.Collections.Concurrent;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Bench.Tiers;

/// <summary>When each forwarded case passed each broker, on the bench's clock (issue 19, decision 0803): a queue of
/// the bench's own (exclusive, not durable, auto-acked) bound at each node where a <c>case-forwarded</c> event is
/// routed on its way, the town's and the county's <c>linkage.out</c> (the town's publish; the county's link from the
/// town publishing into <c>linkage.in.up</c>, relayed to <c>linkage.out</c>) and the city's <c>linkage.here</c> (the
/// city's link from the county, before the subscription queue). A queue bound to an exchange that no federation
/// policy names propagates no binding to an upstream, so the links carry what they carried. Keyed by the CloudEvent id
/// (the AMQP message id, which the links keep).</summary>
public sealed class HopTaps : IAsyncDisposable
{
    public static readonly (string Tier, string Exchange)[] Points = [("town", "linkage.out"), ("county", "linkage.out"), ("city", "linkage.here")];

    private readonly List<IConnection> connections = [];

    private readonly Dictionary<string, ConcurrentDictionary<Guid, DateTimeOffset>> seen =
        Points.ToDictionary(p => p.Tier, _ => new ConcurrentDictionary<Guid, DateTimeOffset>());

    /// <summary>Per node (town, county, city), when each event was seen there.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<Guid, DateTimeOffset>> Times =>
        seen.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<Guid, DateTimeOffset>)s.Value);

    public static async Task<HopTaps> OpenAsync(TierLayout layout)
    {
        var taps = new HopTaps();
        try
        {
            foreach (var (tier, exchange) in Points) await taps.TapAsync(layout, tier, exchange);
            return taps;
        }
        catch
        {
            await taps.DisposeAsync(); // the tiers already tapped
            throw;
        }
    }

    private async Task TapAsync(TierLayout layout, string tier, string exchange)
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = layout.Amqp(tier), UserName = "guest", Password = "guest" };
        var connection = await factory.CreateConnectionAsync($"bench-tap-{tier}");
        connections.Add(connection);
        var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(queue, exchange, LinkRoutingKeys.OfType(CaseForwarded.Type));
        var times = seen[tier];
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, args) =>
        {
            if (Guid.TryParse(args.BasicProperties.MessageId, out var id)) times.TryAdd(id, DateTimeOffset.UtcNow);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections) await connection.DisposeAsync();
    }
}
