using System.Text;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Linkage.Messaging.Tests.Bus;

/// <summary>A relay's queue that nobody in the suite reads keeps a bounded number of messages for a bounded time; the
/// overflow and the expired wait in <c>{queue}-expired</c>, itself bounded (decision 0656).</summary>
public sealed class BoundQueueTests
{
    public sealed record LengthProbe;

    public sealed record AgeProbe;

    public sealed record UpgradeProbe;

    private static readonly IConfiguration Config = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Linkage:RabbitMq:Uri"] = TestEnvironment.AmqpAddress }).Build();

    [Fact]
    public async Task Past_its_length_the_oldest_go_to_the_expired_queue_which_drops_its_own_oldest_past_the_same_length()
    {
        var (broker, queue) = await BrokerWith<LengthProbe>();
        await using var _ = broker;
        Assert.Equal(BoundQueue.Declared.AsAsked, await BoundQueue.DeclareAsync(Config, queue, [typeof(LengthProbe)], new QueueBounds(2, TimeSpan.FromDays(15)), default));

        await PublishAsync<LengthProbe>(broker, "1", "2", "3", "4", "5");

        Assert.Equal(["4", "5"], await TakeAllAsync(broker, queue));
        Assert.Equal(["2", "3"], await TakeExpiredAsync(broker, queue, 2)); // "1" dropped for good
    }

    [Fact]
    public async Task A_message_older_than_the_bound_goes_to_the_expired_queue()
    {
        var (broker, queue) = await BrokerWith<AgeProbe>();
        await using var _ = broker;
        await BoundQueue.DeclareAsync(Config, queue, [typeof(AgeProbe)], new QueueBounds(100, TimeSpan.FromMilliseconds(200)), default);

        await PublishAsync<AgeProbe>(broker, "old");

        Assert.Equal(["old"], await TakeExpiredAsync(broker, queue, 1));
        Assert.Equal(0u, await broker.MessageCountAsync(queue));
    }

    [Fact]
    public async Task A_queue_declared_before_without_bounds_keeps_its_messages_and_is_bounded_at_the_first_start_after_it_is_empty()
    {
        var (broker, queue) = await BrokerWith<UpgradeProbe>();
        await using var _ = broker;
        await BoundQueue.DeclareAsync(Config, queue, [typeof(UpgradeProbe)], bounds: null, default);
        await PublishAsync<UpgradeProbe>(broker, "waiting");
        var bounds = new QueueBounds(1, TimeSpan.FromDays(15));

        Assert.Equal(BoundQueue.Declared.Unbounded, await BoundQueue.DeclareAsync(Config, queue, [typeof(UpgradeProbe)], bounds, default));
        Assert.Equal(["waiting"], await TakeAllAsync(broker, queue));

        Assert.Equal(BoundQueue.Declared.AsAsked, await BoundQueue.DeclareAsync(Config, queue, [typeof(UpgradeProbe)], bounds, default));
        await PublishAsync<UpgradeProbe>(broker, "a", "b");
        Assert.Equal(["b"], await TakeAllAsync(broker, queue)); // bound to its exchange again, and bounded
        Assert.Equal(["a"], await TakeExpiredAsync(broker, queue, 1));
    }

    private static async Task<(Broker Broker, string Queue)> BrokerWith<T>()
    {
        var broker = await Broker.ConnectAsync();
        var queue = TestEnvironment.NewName("bound-");
        broker.CleanUp(queue, QueueBounds.ExpiredOf(queue), Broker.MassTransitExchange<T>());
        return (broker, queue);
    }

    /// <summary>Dead-lettering reaches the expired queue after the publish's confirm: wait for its count first.</summary>
    private static async Task<List<string>> TakeExpiredAsync(Broker broker, string queue, int count)
    {
        await Wait.Until(() => broker.MessageCountAsync(QueueBounds.ExpiredOf(queue)), n => n == count, what: $"{count} expired");
        return await TakeAllAsync(broker, QueueBounds.ExpiredOf(queue));
    }

    private static async Task PublishAsync<T>(Broker broker, params string[] bodies)
    {
        await using var channel = await broker.Connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        foreach (var body in bodies)
            await channel.BasicPublishAsync(Broker.MassTransitExchange<T>(), "", mandatory: true,
                new BasicProperties { DeliveryMode = DeliveryModes.Persistent }, Encoding.UTF8.GetBytes(body));
    }

    private static async Task<List<string>> TakeAllAsync(Broker broker, string queue)
    {
        await using var channel = await broker.Connection.CreateChannelAsync();
        var taken = new List<string>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } got) taken.Add(Encoding.UTF8.GetString(got.Body.Span));
        return taken;
    }
}
