using System.Text.Json;
using RabbitMQ.Client;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A plain queue bound to an exchange, read in broker order with basic.get.</summary>
public sealed class RawQueue(IChannel channel, string name) : IAsyncDisposable
{
    public string Name => name;

    public static async Task<RawQueue> BindAsync(Broker broker, string exchange, bool declareExchange = true, string routingKey = "")
    {
        var channel = await broker.Connection.CreateChannelAsync();
        var name = TestEnvironment.NewName("raw-");
        if (declareExchange) await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(name, exchange, routingKey);
        broker.CleanUp(name);
        return new RawQueue(channel, name);
    }

    public async Task<List<BasicGetResult>> TakeAsync(int count, TimeSpan timeout)
    {
        var taken = new List<BasicGetResult>();
        var deadline = DateTime.UtcNow + timeout;
        while (taken.Count < count && DateTime.UtcNow < deadline)
        {
            if (await channel.BasicGetAsync(name, autoAck: true) is { } message) taken.Add(message);
            else await Task.Delay(20);
        }
        return taken;
    }

    public static JsonElement Json(BasicGetResult message) => JsonDocument.Parse(message.Body).RootElement.Clone();

    public async ValueTask DisposeAsync() => await channel.DisposeAsync();
}
