using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class RecoveredEventConsumer(DeliveryLog<RecoveredEvent> log) : IConsumer<RecoveredEvent>
{
    public Task Consume(ConsumeContext<RecoveredEvent> context)
    {
        log.Received.Enqueue((context.MessageId!.Value, context.Message));
        return Task.CompletedTask;
    }
}

public sealed class RecoveryTests
{
    [Fact]
    public async Task Rows_committed_while_no_dispatcher_runs_are_published_once_it_is_back()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-recovered-event");
        broker.CleanUp(Broker.MassTransitExchange<RecoveredEvent>());
        var log = new DeliveryLog<RecoveredEvent>();

        var first = await StartAsync(database, module, log);
        var before = await CommitAsync(database, "before", 6);
        await Wait.Until(() => Task.FromResult(log.Count), n => n >= before.Count, what: "delivery of the first batch");
        // the broker may hand a message over before its round's mark commits, and a stop rolls back a round in flight
        await Wait.Until(() => PendingAsync(database), n => n == 0, what: "the first batch marked dispatched");
        await first.StopAsync();

        // The process is gone: these commits have nobody to publish them.
        var during = await CommitAsync(database, "during", 12);
        await Task.Delay(1500);
        Assert.Equal(before.Count, log.Count);
        Assert.Equal(during.Count, await PendingAsync(database));

        var second = await StartAsync(database, module, log);
        try
        {
            await Wait.Until(() => Task.FromResult(log.Count), n => n >= before.Count + during.Count, what: "delivery after restart");
            await Task.Delay(1000);
            var received = log.Received.Select(r => r.MessageId).ToList();
            Assert.Equal(received.Count, received.Distinct().Count());
            Assert.Equal(before.Concat(during).Order(), received.Order());
            Assert.Equal(0, await PendingAsync(database));
        }
        finally
        {
            await second.StopAsync();
        }
    }

    [Fact]
    public async Task Rows_claimed_by_a_replica_that_dies_before_committing_are_published_by_another()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-recovered-event");
        broker.CleanUp(Broker.MassTransitExchange<RecoveredEvent>());
        var log = new DeliveryLog<RecoveredEvent>();
        var rows = await CommitAsync(database, "stalled", 9);

        // A replica claims the head rows (as its dispatcher would) and hangs holding the row locks.
        var stalled = new NpgsqlConnection(database.ConnectionString);
        await stalled.OpenAsync();
        var tx = await stalled.BeginTransactionAsync();
        await using (var claim = new NpgsqlCommand(new OutboxSql(TestDbContext.SchemaName).Claim, stalled, tx) { Parameters = { new() { Value = 500 }, new() { Value = new OutboxOptions().MaxAttempts } } })
        await using (var reader = await claim.ExecuteReaderAsync())
            while (await reader.ReadAsync()) { }

        var survivor = await StartAsync(database, module, log);
        try
        {
            await Task.Delay(2500);
            Assert.Equal(0, log.Count); // each aggregate's head is locked: nothing of theirs may overtake it
            await stalled.DisposeAsync(); // the replica dies; PostgreSQL rolls its claim back

            await Wait.Until(() => Task.FromResult(log.Count), n => n >= rows.Count, what: "all rows published by the survivor");
            await Task.Delay(1000);
            Assert.Equal(rows.Order(), log.Received.Select(r => r.MessageId).Order());
            foreach (var aggregate in log.Received.GroupBy(r => r.Message.Key))
                Assert.Equal(aggregate.Select(r => r.Message.N).Order(), aggregate.Select(r => r.Message.N));
        }
        finally
        {
            await survivor.StopAsync();
        }
    }

    // One message at a time: the order the consumer logs is then the order the outbox published (with the default
    // prefetch the consumer runs several at once and may log an aggregate's events out of order).
    private static Task<IHost> StartAsync(OutboxDatabase database, string module, DeliveryLog<RecoveredEvent> log) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(log);
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<RecoveredEventConsumer>(module));
        }, new Dictionary<string, string?> { ["Linkage:RabbitMq:PrefetchCount"] = "1" });

    private static async Task<List<Guid>> CommitAsync(OutboxDatabase database, string prefix, int count)
    {
        await using var db = database.NewContext();
        for (var i = 0; i < count; i++) db.Publish(new RecoveredEvent($"{prefix}-{i % 3}", i), $"{prefix}-{i % 3}");
        await db.SaveChangesAsync();
        return await db.OutboxMessages.Where(m => m.AggregateId.StartsWith(prefix)).Select(m => m.Id).ToListAsync();
    }

    private static async Task<int> PendingAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null);
    }
}
