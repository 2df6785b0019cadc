using System.Diagnostics;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class ThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_backlog_of_two_events_per_case_drains_at_a_useful_rate()
    {
        const int cases = 5000;
        await using var database = await TestDatabase.CreateAsync();
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

        var clock = Stopwatch.StartNew();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, _ => { });
        });
        try
        {
            await Eventually.Until(() => PendingAsync(database), n => n == 0, TimeSpan.FromMinutes(3), "an empty outbox");
            clock.Stop();
            var rate = 2 * cases / clock.Elapsed.TotalSeconds;
            output.WriteLine($"Dispatched {2 * cases} rows ({cases} aggregates x 2) in {clock.Elapsed.TotalSeconds:F1} s: {rate:F0} msg/s");
            Assert.Equal((uint)(2 * cases), await broker.MessageCountAsync(queue.Name));
            Assert.True(rate > 200, $"Only {rate:F0} msg/s");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<int> PendingAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null);
    }
}
