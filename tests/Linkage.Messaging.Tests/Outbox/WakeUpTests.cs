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

/// <summary>With polling set to a minute, only NOTIFY (or the listener's catch-up after reconnecting) can deliver
/// within seconds.</summary>
public sealed class WakeUpTests
{
    [Fact]
    public async Task A_commit_wakes_the_dispatcher_and_so_it_does_after_its_listener_connection_was_killed()
    {
        await using var database = await TestDatabase.CreateAsync();
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
            await Eventually.Until(() => Task.FromResult(log.Count), n => n == 1, TimeSpan.FromSeconds(15), "delivery woken by NOTIFY");

            var killed = await database.ScalarAsync<long>(
                $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'linkage-outbox-listener' AND datname = current_database()");
            Assert.Equal(1, killed);
            await Task.Delay(4000); // the listener reconnects after 2 s
            await CommitAsync(database, "second");
            await Eventually.Until(() => Task.FromResult(log.Count), n => n == 2, TimeSpan.FromSeconds(15), "delivery after the listener reconnected");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Modules_sharing_a_database_share_one_listener_and_each_is_woken_for_its_own_schema()
    {
        await using var database = await TestDatabase.CreateAsync();
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
            Assert.Equal(1, await database.ScalarAsync<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'linkage-outbox-listener' AND datname = current_database()"));
            await using (var second = new SecondDbContext(new DbContextOptionsBuilder<SecondDbContext>().UseNpgsql(database.ConnectionString).Options))
            {
                second.Publish(new SecondModuleEvent("from-second"), "s");
                await second.SaveChangesAsync();
            }
            await Eventually.Until(() => Task.FromResult(log.Count), n => n == 1, TimeSpan.FromSeconds(15), "the second module's dispatcher woken");
            await using (var first = database.NewContext())
            {
                first.Publish(new SecondModuleEvent("from-first"), "f");
                await first.SaveChangesAsync();
            }
            await Eventually.Until(() => Task.FromResult(log.Count), n => n == 2, TimeSpan.FromSeconds(15), "the first module's dispatcher woken");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task CommitAsync(TestDatabase database, string key)
    {
        await using var db = database.NewContext();
        db.Publish(new WokenEvent(key), key);
        await db.SaveChangesAsync();
    }
}
