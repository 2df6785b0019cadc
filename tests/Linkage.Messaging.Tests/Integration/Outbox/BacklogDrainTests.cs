using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Outbox;

/// <summary>A backlog written before the host starts is delivered in full, each row once. How fast it drains belongs to
/// <c>./platform bench</c>, not to a test.</summary>
public sealed class BacklogDrainTests
{
    [Fact]
    public async Task A_backlog_of_two_events_per_case_is_delivered_in_full()
    {
        const int cases = 5000;
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        broker.CleanUp(Broker.MassTransitExchange<ThroughputEvent>());
        await using var queue = await RawQueue.BindAsync(broker, Broker.MassTransitExchange<ThroughputEvent>());
        for (var chunk = 0; chunk < cases; chunk += 1000)
        {
            await using var db = database.NewContext();
            for (var c = chunk; c < chunk + 1000; c++)
            {
                db.Publish(new ThroughputEvent($"case-{c}", 0), $"case-{c}");
                db.Publish(new ThroughputEvent($"case-{c}", 1), $"case-{c}");
            }
            await db.SaveChangesAsync();
        }

        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, _ => { });
        });
        try
        {
            await Wait.Until(() => PendingAsync(database), n => n == 0, TimeSpan.FromMinutes(3), "an empty outbox");
            await Wait.Until(() => broker.MessageCountAsync(queue.Name), n => n >= 2 * cases, TimeSpan.FromSeconds(30),
                "every row on the queue");
            Assert.Equal((uint)(2 * cases), await broker.MessageCountAsync(queue.Name));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<int> PendingAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null);
    }
}
