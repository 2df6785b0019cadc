using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class IdleProbeConsumer(DeliveryLog<IdleProbe> log) : IConsumer<IdleProbe>
{
    public Task Consume(ConsumeContext<IdleProbe> context)
    {
        log.Received.Enqueue((context.MessageId!.Value, context.Message));
        return Task.CompletedTask;
    }
}

/// <summary>An idle dispatcher polls less often (decision 0607), and a row it was never woken for — written by another
/// process, a replica or the replay tool — still goes out, once.</summary>
public sealed class IdlePollTests
{
    [Fact]
    public async Task A_row_written_without_a_wake_up_is_dispatched_by_the_idle_poll()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-idle-probe");
        broker.CleanUp(Broker.MassTransitExchange<IdleProbe>());
        var log = new DeliveryLog<IdleProbe>();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(log);
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<IdleProbeConsumer>(module));
        }, new Dictionary<string, string?>
        {
            ["Linkage:Outbox:PollingInterval"] = "00:00:00.2",
            ["Linkage:Outbox:IdlePollingInterval"] = "00:00:02",
        });
        try
        {
            await Task.Delay(3000); // empty polls until the wait is at its longest
            Guid written;
            await using (var db = database.NewContext())
            {
                var row = OutboxRows.Integration(new IdleProbe("from-elsewhere"), "elsewhere");
                written = row.Id;
                db.OutboxMessages.Add(row); // as another process writes it: no wake-up in this one
                await db.SaveChangesAsync();
            }

            await Wait.Until(() => Task.FromResult(log.Count), n => n == 1, TimeSpan.FromSeconds(20), "the row found by an idle poll");
            var (messageId, message) = Assert.Single(log.Received);
            Assert.Equal(written, messageId);
            Assert.Equal("from-elsewhere", message.Key);
            await Task.Delay(2500); // a later poll finds it dispatched and sends nothing again
            Assert.Equal(1, log.Count);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
