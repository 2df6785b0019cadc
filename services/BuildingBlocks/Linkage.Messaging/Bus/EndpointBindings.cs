using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The message types a receive endpoint takes only while someone wants them: MassTransit leaves their
/// exchanges unbound (the endpoint's <c>ConfigureMessageTopology(type, false)</c>), and <see cref="KeepAsync"/> binds
/// each wanted one to the endpoint's exchange and unbinds the others, so a message nobody wants is never delivered
/// there (decision 0757). The exchanges are declared as MassTransit declares them (durable fanout), so either may come
/// first.</summary>
public sealed class EndpointBindings(IConfiguration config)
{
    public async Task KeepAsync(string endpoint, IEnumerable<string> optional, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var uri = RabbitMqUri.From(config);
        await using var connection = await new ConnectionFactory { Uri = uri.ToAmqpUri() }.CreateConnectionAsync("linkage-bindings", ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.ExchangeDeclareAsync(endpoint, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
        foreach (var exchange in optional)
        {
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
            if (wanted.Contains(exchange)) await channel.ExchangeBindAsync(endpoint, exchange, "", cancellationToken: ct);
            else await channel.ExchangeUnbindAsync(endpoint, exchange, "", cancellationToken: ct);
        }
    }
}
