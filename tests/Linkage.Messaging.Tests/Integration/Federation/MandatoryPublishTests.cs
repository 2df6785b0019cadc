using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Nothing dropped at the sender (decision 0330): an event no queue takes yet comes back from the broker,
/// and its outbox row stays pending, attempts counted in the row, until a queue (a subscriber or a link) exists. An
/// event for a division the deployment does not serve is taken only by a link, never by its own subscription (0646).</summary>
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

    [Fact]
    public async Task An_event_for_another_deployment_is_not_routed_by_the_senders_own_subscription_but_flows_once_a_link_queue_is_bound()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        IHost host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(new ProbeBatching(false));
            services.AddOutbox<TestDbContext>();
            services.AddFederationBus(config);
            // it speaks for its target: its own signer may speak for what it serves, not for everything
            services.AddFederationHandler<FederationProbe, FederationProbeHandler>(federation.Topic, (e, _) => e.TargetDivision);
        }, federation.Settings(serves: "350926000000"));
        try
        {
            await using (var db = database.NewContext())
            {
                db.PublishFederated(new FederationProbe("for-the-city", 1), new FederationRoute(federation.Topic, "case-c", "350900000000"));
                db.PublishFederated(new FederationProbe("for-itself", 1), new FederationRoute(federation.Topic, "case-s", "350926001000"));
                await db.SaveChangesAsync();
            }
            await Wait.Until(AppliedAsync, a => a.Contains("for-itself"), what: "its own event applied by its own subscription");
            var returned = await Wait.Until(() => RowAsync(database, "case-c"), r => r.Attempts >= 2, what: "two returned attempts");
            Assert.Null(returned.DispatchedAt);
            Assert.Contains("Return", returned.LastError);
            Assert.Equal(0u, await broker.MessageCountAsync(federation.Queue));

            // a link queue as the city's link binds it: the keys of the city's subtree (0670)
            await using var link = await RawQueue.BindAsync(broker, "linkage.out", declareExchange: false,
                routingKey: Assert.Single(LinkRoutingKeys.Within(new DivisionScope(["350900000000"]))));
            var message = Assert.Single(await link.TakeAsync(1, TimeSpan.FromSeconds(30)));
            Assert.Equal("for-the-city", RawQueue.Json(message).GetProperty("data").GetProperty("key").GetString());
            await Wait.Until(() => RowAsync(database, "case-c"), r => r.DispatchedAt is not null, what: "the row marked dispatched");
            Assert.Empty(await link.TakeAsync(1, TimeSpan.FromSeconds(1)));
            Assert.Equal(["for-itself"], await AppliedAsync());
        }
        finally
        {
            await host.StopAsync();
        }

        async Task<List<string>> AppliedAsync()
        {
            await using var db = database.NewContext();
            return await db.Applied.Select(a => a.Key).ToListAsync();
        }
    }

    private static async Task<OutboxMessage> RowAsync(OutboxDatabase database, string subject)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Subject == subject);
    }
}
