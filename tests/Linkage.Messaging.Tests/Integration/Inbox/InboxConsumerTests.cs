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
            await PublishAs(bus, new BatchedProbe("twice", "甲"), twice);
            await Wait.Until(() => Task.FromResult(counter.Finished), n => n >= 1, what: "the first delivery consumed");
            await PublishAs(bus, new BatchedProbe("twice", "甲"), twice); // after the first committed: the handler refuses it
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PublishAs(bus, new BatchedProbe("racing", "乙"), racing)));
            await PublishAs(bus, new BatchedProbe("single", "丙"), single);
            // its second row overflows the column: the whole batch fails, the Applied row and the inbox row with it
            await PublishAs(bus, new BatchedProbe("failing", new string('丁', 201)), failing);

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

    /// <summary>In the explicit transaction the inbox row goes with the handler's first query (decision 0654).</summary>
    [Fact]
    public async Task A_redelivered_or_racing_message_whose_inbox_row_went_with_the_first_query_is_applied_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var (_, host, counter) = await StartAsync<FirstReadProbeConsumer, FirstReadProbe>(database, broker, "first-read-probe");
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var (twice, racing, single) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            await PublishAs(bus, new FirstReadProbe("twice", Fail: false), twice);
            await Wait.Until(() => Task.FromResult(counter.Finished), n => n >= 1, what: "the first delivery consumed");
            await PublishAs(bus, new FirstReadProbe("twice", Fail: false), twice); // after the first committed
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PublishAs(bus, new FirstReadProbe("racing", Fail: false), racing)));
            await PublishAs(bus, new FirstReadProbe("single", Fail: false), single);

            await Wait.Until(() => Task.FromResult(counter.Finished), n => n >= 23, what: "23 deliveries consumed");
            await using var db = database.NewContext();
            var applied = await db.Applied.ToListAsync();
            Assert.Equal(new[] { "racing", "single", "twice" }, applied.Select(a => a.Key).Order());
            Assert.All(applied, a => Assert.Equal(FirstReadProbeConsumer.RowSeenFirst, a.Handler));
            Assert.Equal(new[] { racing, single, twice }.Order(), (await db.InboxMessages.Select(i => i.MessageId).ToListAsync()).Order());
            Assert.Equal(3, await db.OutboxMessages.CountAsync(m => m.MessageType.Contains(nameof(HolderOpened))));
            Assert.Empty(counter.Faults);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_handler_that_throws_after_its_first_query_leaves_no_inbox_row()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var (module, host, counter) = await StartAsync<FirstReadProbeConsumer, FirstReadProbe>(database, broker, "first-read-probe");
        var endpoint = $"{module}-first-read-probe";
        broker.CleanUp($"MassTransit:Fault--{Broker.MassTransitExchange<FirstReadProbe>()}--");
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var (failing, good) = (Guid.NewGuid(), Guid.NewGuid());
            await PublishAs(bus, new FirstReadProbe("failing", Fail: true), failing);
            await PublishAs(bus, new FirstReadProbe("good", Fail: false), good);

            await Wait.Until(() => broker.MessageCountAsync(endpoint + "_error"), n => n == 1, what: "the failing one in _error");
            await using var db = database.NewContext();
            await Wait.Until(() => db.Applied.CountAsync(), n => n >= 1, what: "the good one applied");
            Assert.Equal(new[] { good }, await db.InboxMessages.Select(i => i.MessageId).ToListAsync());
            Assert.Equal(new[] { "good" }, await db.Applied.Select(a => a.Key).ToListAsync());
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.MessageType.Contains(nameof(HolderOpened))));
            Assert.NotEmpty(counter.Faults);
            Assert.All(counter.Faults, f => Assert.Equal("failing", ((FirstReadProbe)f.Message).Key));
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

    private static Task PublishAs<T>(IBus bus, T probe, Guid messageId) where T : class =>
        bus.Publish(probe, context => context.MessageId = messageId);

    private static Task Publish(IBus bus, string key, Guid messageId) =>
        bus.Publish(new ReplayProbe(key), context => context.MessageId = messageId);
}
