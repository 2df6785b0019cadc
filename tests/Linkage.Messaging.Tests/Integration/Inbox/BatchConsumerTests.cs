using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>A consumer of batches (decision 0662): a batch in one transaction, each message once, a bad one alone to
/// <c>_error</c>. The batches here are gathered by size (the time limit is long), so which messages share one is known.</summary>
public sealed class BatchConsumerTests
{
    private const string Endpoint = "batch-probe";

    [Fact]
    public async Task A_redelivered_batch_applies_what_is_new_in_one_transaction_and_what_was_applied_not_again()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = NewModule(broker);
        var first = Guid.NewGuid();
        await WithHostAsync(database, module, 4, async host =>
        {
            await PublishAsync(host, new BatchProbe("first", Poison: false), first); // a batch of one, applied on its own
            await Wait.Until(() => AppliedAsync(database), a => a.Count == 1, what: "the first probe applied");
        });

        var publisher = await TestHost.StartAsync(database, (services, config) => services.AddLinkageBus(config, _ => { }));
        try
        {
            await PublishAsync(publisher, new BatchProbe("first", Poison: false), first);
            foreach (var key in new[] { "b", "c", "d" }) await PublishAsync(publisher, new BatchProbe(key, Poison: false), Guid.NewGuid());
        }
        finally
        {
            await publisher.StopAsync();
        }
        await RedeliverAsync(broker, $"{module}-{Endpoint}", 4);

        await WithHostAsync(database, module, 4, async _ =>
        {
            await AppliedOnceAsync(database, broker, module, ["b", "c", "d", "first"]);
            Assert.Equal(1, await database.ScalarAsync<long>(
                $"SELECT count(DISTINCT xmin::text) FROM {TestDbContext.SchemaName}.inbox_messages WHERE message_id <> '{first}'"));
        });
    }

    [Fact]
    public async Task A_message_applied_alone_that_comes_again_in_a_batch_is_skipped_and_the_others_applied()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = NewModule(broker);
        var again = Guid.NewGuid();
        await WithHostAsync(database, module, 3, async host =>
        {
            await PublishAsync(host, new BatchProbe("again", Poison: false), again);
            await Wait.Until(() => AppliedAsync(database), a => a.Count == 1, what: "the probe applied alone");
            await PublishAsync(host, new BatchProbe("again", Poison: false), again); // not redelivered: the round fails on its key
            await PublishAsync(host, new BatchProbe("y", Poison: false), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("z", Poison: false), Guid.NewGuid());

            await AppliedOnceAsync(database, broker, module, ["again", "y", "z"]);
        });
    }

    [Fact]
    public async Task A_poisonous_message_in_a_batch_goes_to_the_error_queue_and_the_others_are_applied()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = NewModule(broker);
        broker.CleanUp($"MassTransit:Fault--{Broker.MassTransitExchange<BatchProbe>()}--");
        await WithHostAsync(database, module, 5, async host =>
        {
            await PublishAsync(host, new BatchProbe("good-0", Poison: false), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("good-1", Poison: false), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("bad", Poison: true), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("good-2", Poison: false), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("good-3", Poison: false), Guid.NewGuid());

            await Wait.Until(() => broker.MessageCountAsync($"{module}-{Endpoint}_error"), n => n == 1, what: "the poison message in _error");
            await using var channel = await broker.Connection.CreateChannelAsync();
            var error = Assert.Single(await new RawQueue(channel, $"{module}-{Endpoint}_error").TakeAsync(1, TimeSpan.FromSeconds(10)));
            Assert.Equal("bad", RawQueue.Json(error).GetProperty("message").GetProperty("key").GetString());
            await AppliedOnceAsync(database, broker, module, ["good-0", "good-1", "good-2", "good-3"]);
        });
    }

    [Fact]
    public async Task Messages_the_consumer_has_nothing_to_do_with_are_acknowledged_without_an_inbox_row_beside_a_poisonous_one()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = NewModule(broker);
        broker.CleanUp($"MassTransit:Fault--{Broker.MassTransitExchange<BatchProbe>()}--");
        await WithHostAsync(database, module, 5, async host =>
        {
            await PublishAsync(host, new BatchProbe("aside-0", Poison: false), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("good-0", Poison: false), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("bad", Poison: true), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("aside-1", Poison: false), Guid.NewGuid());
            await PublishAsync(host, new BatchProbe("good-1", Poison: false), Guid.NewGuid());

            await Wait.Until(() => broker.MessageCountAsync($"{module}-{Endpoint}_error"), n => n == 1, what: "the poison message in _error");
            await using var channel = await broker.Connection.CreateChannelAsync();
            var error = Assert.Single(await new RawQueue(channel, $"{module}-{Endpoint}_error").TakeAsync(1, TimeSpan.FromSeconds(10)));
            Assert.Equal("bad", RawQueue.Json(error).GetProperty("message").GetProperty("key").GetString());
            await AppliedOnceAsync(database, broker, module, ["good-0", "good-1"]); // two inbox rows: none for the aside ones
        });
    }

    [Fact]
    public async Task An_overtaken_message_of_a_failed_round_waits_after_the_others_are_applied_not_before()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = NewModule(broker);
        var test = Guid.NewGuid().ToString("N")[..8];
        var early = $"early-{test}";
        string[] others = [$"{test}-a", $"{test}-b", $"{test}-c"];
        await WithHostAsync(database, module, 4, _ => Task.CompletedTask); // the queue and its bindings
        var publisher = await TestHost.StartAsync(database, (services, config) => services.AddLinkageBus(config, _ => { }));
        try
        {
            await PublishAsync(publisher, new BatchProbe(early, Poison: false), Guid.NewGuid());
            foreach (var key in others) await PublishAsync(publisher, new BatchProbe(key, Poison: false), Guid.NewGuid());
        }
        finally
        {
            await publisher.StopAsync();
        }
        await Wait.Until(() => broker.MessageCountAsync($"{module}-{Endpoint}"), n => n == 4, what: "the four probes waiting"); // one batch, by size

        await WithHostAsync(database, module, 4, async _ =>
        {
            await Wait.Until(() => AppliedAsync(database), a => others.All(a.Contains), TimeSpan.FromMinutes(1), "the others applied");
            // handled before the early one's first wait ended: after its try in the round and its first on its own, no more
            Assert.All(others, key => Assert.InRange(BatchProbeConsumer.EarlyAttemptsSeen[key], 1, 2));
            Assert.DoesNotContain(early, await AppliedAsync(database));

            await using (var db = database.NewContext())
            {
                db.Widgets.Add(new Widget { Name = early });
                await db.SaveChangesAsync();
            }
            await AppliedOnceAsync(database, broker, module, [.. others.Append(early).Order()]);
        });
    }

    private static string NewModule(Broker broker)
    {
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-{Endpoint}");
        broker.CleanUp(Broker.MassTransitExchange<BatchProbe>());
        return module;
    }

    /// <summary>Runs <paramref name="test"/> on a host whose batches are handed over when <paramref name="messageLimit"/>
    /// messages are in, one batch at a time.</summary>
    private static async Task WithHostAsync(OutboxDatabase database, string module, int messageLimit, Func<IHost, Task> test)
    {
        var host = await TestHost.StartAsync(database,
            (services, config) => services.AddLinkageBus(config, bus => bus.AddModuleConsumer<BatchProbeConsumer>(module)),
            new Dictionary<string, string?>
            {
                ["Linkage:RabbitMq:Batch:MessageLimit"] = messageLimit.ToString(),
                ["Linkage:RabbitMq:Batch:ConcurrencyLimit"] = "1",
                ["Linkage:RabbitMq:Batch:TimeLimit"] = "00:00:03",
            });
        try
        {
            await test(host);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>Each of <paramref name="keys"/> applied once with its inbox row, nothing else; the queue and its _error
    /// empty (a test that expects a message in _error takes it first).</summary>
    private static async Task AppliedOnceAsync(OutboxDatabase database, Broker broker, string module, string[] keys)
    {
        var applied = await Wait.Until(() => AppliedAsync(database), a => a.Count >= keys.Length, what: "the probes applied");
        Assert.Equal(keys, applied.Order());
        Assert.Equal(keys.Length, await database.ScalarAsync<long>($"SELECT count(*) FROM {TestDbContext.SchemaName}.inbox_messages"));
        await Wait.Until(() => broker.MessageCountAsync($"{module}-{Endpoint}"), n => n == 0, what: "the queue empty");
        Assert.Equal(0u, await broker.MessageCountAsync($"{module}-{Endpoint}_error"));
    }

    private static Task PublishAsync(IHost host, BatchProbe probe, Guid messageId) =>
        host.Services.GetRequiredService<IBus>().Publish(probe, context => context.MessageId = messageId);

    /// <summary>Takes the queue's messages without acknowledging them and gives them back, so the broker marks each
    /// redelivered, as after a consumer's connection dropped before its acks.</summary>
    private static async Task RedeliverAsync(Broker broker, string queue, int count)
    {
        await Wait.Until(() => broker.MessageCountAsync(queue), n => n == count, what: $"{count} messages waiting in {queue}");
        await using var channel = await broker.Connection.CreateChannelAsync();
        ulong last = 0;
        for (var i = 0; i < count; i++) last = (await channel.BasicGetAsync(queue, autoAck: false))!.DeliveryTag;
        await channel.BasicNackAsync(last, multiple: true, requeue: true);
    }

    private static async Task<List<string>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.Select(a => a.Key).ToListAsync();
    }
}
