using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>Refused events, kept for an operator: the queue <c>{AppId}-quarantine</c> (durable, lazy) holds each
/// body as received with its reason in the <c>x-quarantine-reason</c> header and its topic in
/// <c>x-original-exchange</c>; <see cref="FederationAlarm"/> raises the alarm first. <c>./platform messages replay</c>
/// sends them back to their topic's queue (decisions 0331, 0623).</summary>
internal sealed class FederationQuarantine(RabbitMqFederationConnection connection, FederationOptions options, FederationAlarm alarm)
    : IAsyncDisposable
{
    public const string ReasonHeader = "x-quarantine-reason";
    public const string TopicHeader = "x-original-exchange";
    public const string Suffix = "-quarantine";

    private readonly ConfirmedChannel channel = new(connection, (ch, ct) => DeclareAsync(ch, options.AppId + Suffix, ct));

    public string Queue => options.AppId + Suffix;

    public static Task DeclareAsync(IChannel channel, string queue, CancellationToken ct) =>
        channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-mode"] = "lazy" }, cancellationToken: ct);

    public Task DeclareAsync(IChannel channel, CancellationToken ct) => DeclareAsync(channel, Queue, ct);

    /// <summary>Raises the alarm, then publishes the body to the quarantine queue and waits for the broker's confirm.</summary>
    public async Task PutAsync(
        ReadOnlyMemory<byte> body, string? id, string topic, string? target, string reason, IDictionary<string, object?>? headers, CancellationToken ct)
    {
        await alarm.RaiseAsync(new QuarantinedEvent(id, topic, target, reason, DeliveryHeaders.ReplaysOf(headers)), body, ct);
        var properties = new BasicProperties
        {
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = id,
            Headers = new Dictionary<string, object?>
            {
                [ReasonHeader] = reason, [TopicHeader] = topic, [DeliveryHeaders.Replays] = (long)DeliveryHeaders.ReplaysOf(headers),
            },
        };
        await channel.PublishAsync("", Queue, properties, body, ct);
    }

    public ValueTask DisposeAsync() => channel.DisposeAsync();
}
