using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Inbox;

public sealed class PoisonMessageTests
{
    [Fact]
    public async Task A_poison_message_ends_in_the_error_queue_and_the_messages_after_it_are_applied()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        var endpoint = $"{module}-poison-probe";
        broker.CleanUpEndpoint(endpoint);
        broker.CleanUp(Broker.MassTransitExchange<PoisonProbe>(), $"MassTransit:Fault--{Broker.MassTransitExchange<PoisonProbe>()}--");
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<PoisonProbeConsumer>(module));
        });
        try
        {
            await using (var db = database.NewContext())
            {
                db.Publish(new PoisonProbe("bad", Poison: true), "bad");
                for (var i = 0; i < 5; i++) db.Publish(new PoisonProbe($"good-{i}", Poison: false), $"good-{i}");
                await db.SaveChangesAsync();
            }

            await Wait.Until(() => broker.MessageCountAsync(endpoint + "_error"), n => n == 1, what: "the poison message in _error");
            await using var check = database.NewContext();
            var applied = await Wait.Until(() => check.Applied.Select(a => a.Key).ToListAsync(), a => a.Count >= 5, what: "the good messages applied");
            Assert.Equal(Enumerable.Range(0, 5).Select(i => $"good-{i}"), applied.Order());
            Assert.Equal(5, await check.InboxMessages.CountAsync());
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
