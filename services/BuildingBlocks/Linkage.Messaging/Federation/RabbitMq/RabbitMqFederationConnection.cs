using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Linkage.Messaging;

/// <summary>The federation adapter's one AMQP connection (automatic recovery of connection, topology and
/// consumers). Broker: <c>Linkage:Federation:RabbitMqUri</c>, else <c>Linkage:RabbitMq:Uri</c>.</summary>
internal sealed class RabbitMqFederationConnection(IConfiguration config, FederationOptions options) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;

    public async Task<IConnection> GetAsync(CancellationToken ct)
    {
        if (connection is { } existing) return existing;
        await gate.WaitAsync(ct);
        try
        {
            return connection ??= await CreateFactory().CreateConnectionAsync($"linkage-federation-{options.AppId}", ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private ConnectionFactory CreateFactory()
    {
        var value = config["Linkage:Federation:RabbitMqUri"] is { Length: > 0 } own ? own
            : config["Linkage:RabbitMq:Uri"] is { Length: > 0 } shared ? shared
            : throw new InvalidOperationException("Neither Linkage:Federation:RabbitMqUri nor Linkage:RabbitMq:Uri is configured.");
        return new ConnectionFactory
        {
            Uri = RabbitMqUri.Parse(value).ToAmqpUri(),
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
            // deliveries handled one by one at once; first deliveries only join a batch (0664)
            ConsumerDispatchConcurrency = (ushort)Math.Clamp(options.PrefetchCount, 1, 32),
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.CloseAsync();
            connection.Dispose();
        }
        gate.Dispose();
    }
}
