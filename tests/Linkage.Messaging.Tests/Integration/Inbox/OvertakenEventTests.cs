using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Inbox;

public sealed class OvertakenEventTests
{
    [Fact]
    public async Task An_event_whose_predecessor_is_late_goes_back_to_its_queue_until_it_arrives_and_is_applied_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var (endpoint, deliveries, counter, marked, host) = await StartProbeAsync(database, broker);
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            var messageId = Guid.NewGuid();
            await bus.Publish(new OvertakingProbe("late"), c => c.MessageId = messageId);

            // longer than the in-memory wait and MassTransit's retries: it went back to its queue twice, not to _error
            await Wait.Until(() => Task.FromResult(deliveries.Requeued.DefaultIfEmpty().Max()), n => n >= 2, TimeSpan.FromMinutes(3),
                "the early event sent back to its queue twice");
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint + "_error"));
            await using (var db = database.NewContext())
            {
                Assert.Equal(0, await db.Applied.CountAsync());
                db.Widgets.Add(new Widget { Name = "late" });
                await db.SaveChangesAsync();
            }

            await using var check = database.NewContext();
            await Wait.Until(() => check.Applied.CountAsync(a => a.Key == "late"), n => n == 1, TimeSpan.FromMinutes(2),
                "the event applied once its predecessor arrived");
            await bus.Publish(new OvertakingProbe("late"), c => // the original delivered again
            {
                c.MessageId = messageId;
                c.Headers.Set(MarkedConsumes.Header, true);
            });
            await Wait.Until(() => Task.FromResult(marked.Finished), n => n == 1, TimeSpan.FromSeconds(30), "the second delivery consumed");
            Assert.Equal(1, await check.Applied.CountAsync(a => a.Key == "late"));
            Assert.Empty(counter.Faults);
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint + "_error"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task An_event_still_early_after_its_last_requeue_goes_to_error_and_is_not_applied()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var (endpoint, deliveries, _, _, host) = await StartProbeAsync(database, broker);
        try
        {
            await host.Services.GetRequiredService<IBus>().Publish(new OvertakingProbe("never"),
                c => c.Headers.Set("Linkage-Overtaken", OvertakenEvents.GiveUpAfter));

            await Wait.Until(() => broker.MessageCountAsync(endpoint + "_error"), n => n == 1, TimeSpan.FromMinutes(2),
                "the event given up after its last requeue, in _error");
            Assert.All(deliveries.Requeued, times => Assert.Equal(OvertakenEvents.GiveUpAfter, times));
            await using var check = database.NewContext();
            Assert.Equal(0, await check.Applied.CountAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<(string Endpoint, OvertakingProbeConsumer.Deliveries Deliveries, DeliveryCounter Counter, MarkedConsumes Marked, IHost Host)>
        StartProbeAsync(OutboxDatabase database, Broker broker)
    {
        var module = TestEnvironment.NewName("t");
        var endpoint = $"{module}-overtaking-probe";
        broker.CleanUpEndpoint(endpoint);
        broker.CleanUp(Broker.MassTransitExchange<OvertakingProbe>(), $"MassTransit:Fault--{Broker.MassTransitExchange<OvertakingProbe>()}--");
        var deliveries = new OvertakingProbeConsumer.Deliveries();
        var counter = new DeliveryCounter();
        var marked = new MarkedConsumes();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(deliveries);
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<OvertakingProbeConsumer>(module));
            services.AddSingleton(counter).AddConsumeObserver(sp => sp.GetRequiredService<DeliveryCounter>());
            services.AddSingleton(marked).AddConsumeObserver(sp => sp.GetRequiredService<MarkedConsumes>());
        });
        return (endpoint, deliveries, counter, marked, host);
    }
}
