using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Puts a delivery back at the end of its own queue (default exchange, routing key = queue) with one count
/// header changed, publisher-confirmed: the count travels with the message (decision 0622).</summary>
internal sealed class FederationRequeue(RabbitMqFederationConnection connection) : IAsyncDisposable
{
    private readonly ConfirmedChannel channel = new(connection);

    public Task PutAsync(string queue, BasicDeliverEventArgs args, string header, long value, DateTimeOffset retryAt, CancellationToken ct)
    {
        var properties = new BasicProperties(args.BasicProperties)
        {
            Headers = DeliveryHeaders.With(args.BasicProperties.Headers, header, value, retryAt),
        };
        return channel.PublishAsync("", queue, properties, args.Body, ct);
    }

    public ValueTask DisposeAsync() => channel.DisposeAsync();
}
