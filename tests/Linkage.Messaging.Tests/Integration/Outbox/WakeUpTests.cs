using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class WokenEventConsumer(DeliveryLog<WokenEvent> log) : IConsumer<WokenEvent>
{
    public Task Consume(ConsumeContext<WokenEvent> context)
    {
        log.Received.Enqueue((context.MessageId!.Value, context.Message));
        return Task.CompletedTask;
    }
}

public sealed class SecondModuleEventConsumer(DeliveryLog<SecondModuleEvent> log) : IConsumer<SecondModuleEvent>
{
    public Task Consume(ConsumeContext<SecondModuleEvent> context)
    {
        log.Received.Enqueue((context.MessageId!.Value, context.Message));
        return Task.CompletedTask;
    }
}

/// <summary>With polling set to a minute, only the in-process wake-up after a commit can deliver within seconds.</summary>
public sealed class WakeUpTests
{
    [Fact]
    public async Task A_save_wakes_the_dispatcher_and_inside_a_transaction_the_context_commit_does()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-woken-event");
        broker.CleanUp(Broker.MassTransitExchange<WokenEvent>());
        var log = new DeliveryLog<WokenEvent>();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(log);
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<WokenEventConsumer>(module));
        }, new Dictionary<string, string?> { ["Linkage:Outbox:PollingInterval"] = "00:01:00" });
        try
        {
            await Task.Delay(1500); // let the first (empty) rounds pass
            await CommitAsync(database, "first");
            await Wait.Until(() => Task.FromResult(log.Count), n => n == 1, TimeSpan.FromSeconds(15), "delivery woken by the save");

            await using var db = database.NewContext();
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Publish(new WokenEvent("second"), "second");
            await db.SaveChangesAsync();
            await Task.Delay(1000);
            Assert.Equal(1, log.Count);
            await tx.CommitAsync();
            await Wait.Until(() => Task.FromResult(log.Count), n => n == 2, TimeSpan.FromSeconds(15), "delivery woken by a plain commit of the transaction");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Modules_sharing_a_database_are_each_woken_for_their_own_schema()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await SecondDbContext.CreateAsync(database);
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-second-module-event");
        broker.CleanUp(Broker.MassTransitExchange<SecondModuleEvent>());
        var log = new DeliveryLog<SecondModuleEvent>();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(log);
            services.AddDbContext<SecondDbContext>(o => o.UseNpgsql(database.ConnectionString));
            services.AddOutbox<TestDbContext>();
            services.AddOutbox<SecondDbContext>();
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<SecondModuleEventConsumer>(module));
        }, new Dictionary<string, string?> { ["Linkage:Outbox:PollingInterval"] = "00:01:00" });
        try
        {
            await Task.Delay(1500);
            await using (var second = new SecondDbContext(new DbContextOptionsBuilder<SecondDbContext>().UseNpgsql(database.ConnectionString).Options))
            {
                second.Publish(new SecondModuleEvent("from-second"), "s");
                await second.SaveChangesAsync();
            }
            await Wait.Until(() => Task.FromResult(log.Count), n => n == 1, TimeSpan.FromSeconds(15), "the second module's dispatcher woken");
            await using (var first = database.NewContext())
            {
                first.Publish(new SecondModuleEvent("from-first"), "f");
                await first.SaveChangesAsync();
            }
            await Wait.Until(() => Task.FromResult(log.Count), n => n == 2, TimeSpan.FromSeconds(15), "the first module's dispatcher woken");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task CommitAsync(OutboxDatabase database, string key)
    {
        await using var db = database.NewContext();
        db.Publish(new WokenEvent(key), key);
        await db.SaveChangesAsync();
    }
}
