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
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-replay-probe");
        broker.CleanUp(Broker.MassTransitExchange<ReplayProbe>());
        var counter = new DeliveryCounter();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<ReplayProbeConsumer>(module));
            services.AddSingleton(counter).AddConsumeObserver(sp => sp.GetRequiredService<DeliveryCounter>());
        });
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

    private static Task Publish(IBus bus, string key, Guid messageId) =>
        bus.Publish(new ReplayProbe(key), context => context.MessageId = messageId);
}
