using System.Text;
using Linkage.Testing;
using RabbitMQ.Client;

namespace Linkage.Federation.Tests;

/// <summary>Decision 0499: the receiving deployment's broker stopped cleanly (SIGTERM, as an operator or Kubernetes
/// stops it) while its link is up. RabbitMQ's default then deletes the link queue on the sender's node, so what the
/// sender published until the link was back was lost. The links keep their queue (<c>resource-cleanup-mode: never</c>):
/// the sender's <c>linkage.out</c> has no other queue (0646), so each mandatory publish here is routed only by it.</summary>
public sealed class ReceiverRestartTests
{
    private const string Type = "linkage.test.restart.v1";
    private const string Received = "county-in";

    [Fact]
    public async Task An_event_published_while_the_receiving_broker_is_stopped_cleanly_arrives_once_after_each_of_three_restarts()
    {
        await using var town = await RabbitNode.StartAsync("sender");
        await using var county = await RabbitNode.StartAsync("receiver");
        await using (var sender = await ConnectAsync(town)) await DeclareAsync(sender, null);
        await using (var receiver = await ConnectAsync(county)) await DeclareAsync(receiver, Received);
        await town.Management.AddUserAsync("link-receiver", "link-secret");
        await county.Management.SetUpstreamAsync("from-sender",
            new Uri($"amqp://link-receiver:link-secret@127.0.0.1:{town.AmqpPort}/%2F"), 2);
        await county.Management.FederateParentAsync("from-sender");
        await LinkUpAsync(town);

        var sent = new List<string>();
        for (var restart = 1; restart <= 3; restart++)
        {
            await county.StopAsync();
            sent.Add(await PublishAsync(town, $"while-stopped-{restart}"));
            await county.StartAsync();
            await LinkUpAsync(town);
            sent.Add(await PublishAsync(town, $"after-start-{restart}"));
            await Wait.Until(() => county.Management.MessageCountAsync(Received), n => n == sent.Count, TimeSpan.FromMinutes(2),
                $"the {sent.Count} events at the receiver");
        }

        await using var check = await ConnectAsync(county);
        await using var channel = await check.CreateChannelAsync();
        var arrived = new List<string>();
        while (await channel.BasicGetAsync(Received, autoAck: true) is { } message) arrived.Add(Encoding.UTF8.GetString(message.Body.Span));
        Assert.Equal(sent.Order(), arrived.Order());                           // each once, none lost at a stop
    }

    private static Task<IConnection> ConnectAsync(RabbitNode node) => new ConnectionFactory { Uri = node.AmqpUri }.CreateConnectionAsync();

    /// <summary>A node's <c>linkage.out</c> and <c>linkage.in.down</c>, and the receiver's queue for the type on the latter.</summary>
    private static async Task DeclareAsync(IConnection connection, string? queue)
    {
        await using var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync("linkage.out", ExchangeType.Topic, durable: true);
        await channel.ExchangeDeclareAsync("linkage.in.down", ExchangeType.Topic, durable: true);
        if (queue is null) return;
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(queue, "linkage.in.down", Type);
    }

    /// <summary>The link queue on the sender's node has its consumer: the receiver's link is running.</summary>
    private static Task LinkUpAsync(RabbitNode sender) =>
        Wait.Until(async () => await sender.Management.FederationQueuesConsumedAsync(), TimeSpan.FromMinutes(2));

    /// <summary>Persistent, mandatory and confirmed to <c>linkage.out</c>, as the federation publisher sends an event for
    /// another deployment (decisions 0330, 0646).</summary>
    private static async Task<string> PublishAsync(RabbitNode sender, string body)
    {
        await using var connection = await ConnectAsync(sender);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        await channel.BasicPublishAsync("linkage.out", Type, mandatory: true, new BasicProperties { DeliveryMode = DeliveryModes.Persistent },
            Encoding.UTF8.GetBytes(body));
        return body;
    }
}
