using RabbitMQ.Client;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A raw RabbitMQ.Client view of the broker, to inspect what the code under test declared and sent, and
/// to delete the test's queues and exchanges afterwards.</summary>
public sealed class Broker : IAsyncDisposable
{
    private readonly List<string> queues = [];
    private readonly List<string> exchanges = [];

    private Broker(IConnection connection) => Connection = connection;

    public IConnection Connection { get; }

    public static async Task<Broker> ConnectAsync() =>
        new(await new ConnectionFactory { Uri = TestEnvironment.Amqp }.CreateConnectionAsync("linkage-messaging-tests"));

    /// <summary>Deletes these names (as queues and as exchanges) when the test ends.</summary>
    public void CleanUp(params string[] names)
    {
        queues.AddRange(names);
        exchanges.AddRange(names);
    }

    /// <summary>MassTransit's receive endpoint queue plus its _error/_skipped queues and exchanges.</summary>
    public void CleanUpEndpoint(string endpoint) => CleanUp(endpoint, endpoint + "_error", endpoint + "_skipped");

    public static string MassTransitExchange<T>() => $"{typeof(T).Namespace}:{typeof(T).Name}";

    /// <summary>Messages ready in the queue; 0 when it does not exist (MassTransit declares _error on first use).</summary>
    public async Task<uint> MessageCountAsync(string queue)
    {
        await using var channel = await Connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    public async Task<bool> ExistsAsync(Func<IChannel, Task> passiveDeclare)
    {
        await using var channel = await Connection.CreateChannelAsync();
        try
        {
            await passiveDeclare(channel);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in queues.Distinct()) await IgnoreFailure(c => c.QueueDeleteAsync(queue));
        foreach (var exchange in exchanges.Distinct()) await IgnoreFailure(c => c.ExchangeDeleteAsync(exchange));
        await Connection.CloseAsync();
        Connection.Dispose();
    }

    private async Task IgnoreFailure(Func<IChannel, Task> action)
    {
        try
        {
            await using var channel = await Connection.CreateChannelAsync();
            await action(channel);
        }
        catch (Exception)
        {
            // already gone
        }
    }
}
