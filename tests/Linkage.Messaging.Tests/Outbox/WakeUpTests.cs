using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
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

/// <summary>With polling set to a minute, only NOTIFY can deliver within seconds.</summary>
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
            await Eventually.Until(() => Task.FromResult(log.Count), n => n == 1, TimeSpan.FromSeconds(5), "delivery woken by NOTIFY");

            var killed = await database.ScalarAsync<long>(
                $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'linkage-outbox-listener-{TestDbContext.SchemaName}' AND datname = current_database()");
            Assert.Equal(1, killed);
            await Task.Delay(4000); // the listener reconnects after 2 s
            await CommitAsync(database, "second");
            await Eventually.Until(() => Task.FromResult(log.Count), n => n == 2, TimeSpan.FromSeconds(5), "delivery after the listener reconnected");
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
