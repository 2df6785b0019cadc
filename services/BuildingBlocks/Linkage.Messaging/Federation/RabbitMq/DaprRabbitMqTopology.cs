using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The broker layout of Dapr's <c>pubsub.rabbitmq</c> component, declared with the same arguments so a
/// Dapr sidecar configured with <c>durable: "true"</c>, <c>deletedWhenUnused: "false"</c>,
/// <c>enableDeadLetter: "true"</c>, <c>deliveryMode: "2"</c> (fanout exchanges, no maxLen/ttl) can share the broker:
/// a fanout exchange per topic, a queue <c>{consumerID}-{topic}</c>, dead letters to <c>dlx-{queue}</c> → <c>dlq-{queue}</c>.
/// See docs/decisions/0012.</summary>
internal static class DaprRabbitMqTopology
{
    public static string QueueName(string consumerId, string topic) => $"{consumerId}-{topic}";

    public static string DeadLetterExchange(string queue) => $"dlx-{queue}";

    public static string DeadLetterQueue(string queue) => $"dlq-{queue}";

    public static Task DeclareTopicAsync(IChannel channel, string topic, CancellationToken ct) =>
        channel.ExchangeDeclareAsync(topic, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);

    /// <summary>Declares the topic exchange, the dead-letter exchange and queue, and the subscription queue; returns
    /// the queue name.</summary>
    public static async Task<string> DeclareSubscriptionAsync(IChannel channel, string consumerId, string topic, CancellationToken ct)
    {
        var queue = QueueName(consumerId, topic);
        var dlx = DeadLetterExchange(queue);
        var dlq = DeadLetterQueue(queue);
        await DeclareTopicAsync(channel, topic, ct);
        await channel.ExchangeDeclareAsync(dlx, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.QueueDeclareAsync(dlq, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-mode"] = "lazy" }, cancellationToken: ct);
        await channel.QueueBindAsync(dlq, dlx, "", cancellationToken: ct);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-dead-letter-exchange"] = dlx, ["x-queue-type"] = "classic" },
            cancellationToken: ct);
        await channel.QueueBindAsync(queue, topic, "", cancellationToken: ct);
        return queue;
    }
}
