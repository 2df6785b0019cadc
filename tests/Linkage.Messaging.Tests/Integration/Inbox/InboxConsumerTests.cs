using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Inbox;

public sealed class InboxConsumerTests
{
    [Fact]
    public async Task A_message_delivered_twice_or_concurrently_many_times_is_applied_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var (module, host, counter) = await StartAsync<ReplayProbeConsumer, ReplayProbe>(database, broker, "replay-probe");
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var (twice, racing, single) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            await Publish(bus, "twice", twice);
            await Publish(bus, "twice", twice);
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Publish(bus, "racing", racing)));
            await Publish(bus, "single", single);

            await Wait.Until(() => Task.FromResult(counter.Finished), n => n >= 23, what: "23 deliveries consumed");
            await using var db = database.NewContext();
            var applied = await db.Applied.GroupBy(a => a.Key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.Equal(new Dictionary<string, int> { ["twice"] = 1, ["racing"] = 1, ["single"] = 1 }, applied);
            Assert.Equal(3, await db.InboxMessages.CountAsync());
            Assert.Equal(new[] { racing, single, twice }.Order(), (await db.InboxMessages.Select(i => i.MessageId).ToListAsync()).Order());
            Assert.Equal(3, await db.OutboxMessages.CountAsync(m => m.MessageType.Contains(nameof(ReplayFollowUp))));
            Assert.Equal(0u, await broker.MessageCountAsync($"{module}-replay-probe_error"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>A consumer applied in one batch without BEGIN and COMMIT (decision 0594) keeps the same promises.</summary>
    [Fact]
    public async Task A_redelivered_or_racing_message_is_applied_once_and_a_failing_batch_writes_nothing()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var (module, host, counter) = await StartAsync<BatchedProbeConsumer, BatchedProbe>(database, broker, "batched-probe");
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var (twice, racing, single, failing) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            await PublishBatched(bus, new BatchedProbe("twice", "甲"), twice);
            await Wait.Until(() => Task.FromResult(counter.Finished), n => n >= 1, what: "the first delivery consumed");
            await PublishBatched(bus, new BatchedProbe("twice", "甲"), twice); // after the first committed: the handler refuses it
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PublishBatched(bus, new BatchedProbe("racing", "乙"), racing)));
            await PublishBatched(bus, new BatchedProbe("single", "丙"), single);
            // its second row overflows the column: the whole batch fails, the Applied row and the inbox row with it
            await PublishBatched(bus, new BatchedProbe("failing", new string('丁', 201)), failing);

            await Wait.Until(() => broker.MessageCountAsync($"{module}-batched-probe_error"), n => n == 1, what: "the failing one in _error");
            await Wait.Until(() => Task.FromResult(counter.Finished - counter.Faults.Count), n => n >= 23, what: "23 deliveries consumed");
            await using var db = database.NewContext();
            var applied = await db.Applied.GroupBy(a => a.Key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
            Assert.Equal(new Dictionary<string, int> { ["twice"] = 1, ["racing"] = 1, ["single"] = 1 }, applied);
            Assert.Equal(new[] { racing, single, twice }.Order(), (await db.InboxMessages.Select(i => i.MessageId).ToListAsync()).Order());
            Assert.Equal(3, await db.Holders.CountAsync());
            Assert.Equal(3, await db.OutboxMessages.CountAsync(m => m.MessageType.Contains(nameof(HolderOpened))));
            Assert.All(counter.Faults, f => Assert.Equal("failing", ((BatchedProbe)f.Message).Key));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<(string Module, IHost Host, DeliveryCounter Counter)> StartAsync<TConsumer, TMessage>(
        OutboxDatabase database, Broker broker, string endpoint) where TConsumer : class, IConsumer where TMessage : class
    {
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-{endpoint}");
        broker.CleanUp(Broker.MassTransitExchange<TMessage>());
        var counter = new DeliveryCounter();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<TConsumer>(module));
            services.AddSingleton(counter).AddConsumeObserver(sp => sp.GetRequiredService<DeliveryCounter>());
        });
        return (module, host, counter);
    }

    private static Task PublishBatched(IBus bus, BatchedProbe probe, Guid messageId) =>
        bus.Publish(probe, context => context.MessageId = messageId);

    private static Task Publish(IBus bus, string key, Guid messageId) =>
        bus.Publish(new ReplayProbe(key), context => context.MessageId = messageId);
}
