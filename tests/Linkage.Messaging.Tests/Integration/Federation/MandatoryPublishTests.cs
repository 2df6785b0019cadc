using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Nothing dropped at the sender (decision 0330): an event no queue takes yet comes back from the broker,
/// and its outbox row stays pending, attempts counted in the row, until a queue (a subscriber or a link) exists.</summary>
public sealed class MandatoryPublishTests
{
    [Fact]
    public async Task An_unroutable_event_keeps_its_outbox_row_pending_and_flows_once_a_queue_is_bound()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        IHost host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddFederationBus(config);
        }, federation.Settings());
        try
        {
            await using (var db = database.NewContext())
            {
                db.PublishFederated(new FederationProbe("early-bird", 1), new FederationRoute(federation.Topic, "case-m", "330102001000"));
                await db.SaveChangesAsync();
            }
            var returned = await Wait.Until(RowAsync, r => r.Attempts >= 2, what: "two returned attempts");
            Assert.Null(returned.DispatchedAt);
            Assert.Contains("Return", returned.LastError);

            await using var queue = await RawQueue.BindAsync(broker, federation.Topic, declareExchange: false);
            var message = Assert.Single(await queue.TakeAsync(1, TimeSpan.FromSeconds(30)));
            Assert.Equal("early-bird", RawQueue.Json(message).GetProperty("data").GetProperty("key").GetString());
            await Wait.Until(RowAsync, r => r.DispatchedAt is not null, what: "the row marked dispatched");
        }
        finally
        {
            await host.StopAsync();
        }

        async Task<OutboxMessage> RowAsync()
        {
            await using var db = database.NewContext();
            return await db.OutboxMessages.AsNoTracking().SingleAsync();
        }
    }
}
