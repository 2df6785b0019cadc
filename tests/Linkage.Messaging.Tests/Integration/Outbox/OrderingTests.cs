using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Outbox;

public sealed class OrderingTests
{
    private const int Aggregates = 20;
    private const int EventsEach = 25;

    [Fact]
    public async Task Two_dispatchers_on_one_table_publish_each_aggregate_in_order_and_each_row_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        broker.CleanUp(Broker.MassTransitExchange<OrderedEvent>());
        await using var queue = await RawQueue.BindAsync(broker, Broker.MassTransitExchange<OrderedEvent>());
        var hosts = await Task.WhenAll(StartAsync(database), StartAsync(database));
        try
        {
            // Writers commit one event per transaction while both dispatchers run.
            await Task.WhenAll(Enumerable.Range(0, Aggregates).Select(a => Task.Run(async () =>
            {
                for (var n = 0; n < EventsEach; n++)
                {
                    await using var db = database.NewContext();
                    db.Publish(new OrderedEvent($"agg-{a}", n), $"agg-{a}");
                    await db.SaveChangesAsync();
                }
            })));

            var messages = await queue.TakeAsync(Aggregates * EventsEach, TimeSpan.FromSeconds(60));
            var envelopes = messages.Select(RawQueue.Json).ToList();
            Assert.Equal(Aggregates * EventsEach, envelopes.Count);
            Assert.Equal(envelopes.Count, envelopes.Select(e => e.GetProperty("messageId").GetString()).Distinct().Count());
            foreach (var aggregate in envelopes.Select(e => e.GetProperty("message")).GroupBy(m => m.GetProperty("aggregate").GetString()))
                Assert.Equal(Enumerable.Range(0, EventsEach), aggregate.Select(m => m.GetProperty("n").GetInt32()));
            Assert.Empty(await queue.TakeAsync(1, TimeSpan.FromMilliseconds(500)));
        }
        finally
        {
            await Task.WhenAll(hosts.Select(h => h.StopAsync()));
        }
    }

    private static Task<IHost> StartAsync(OutboxDatabase database) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, _ => { });
        }, new Dictionary<string, string?> { ["Linkage:Outbox:BatchSize"] = "7" });
}
