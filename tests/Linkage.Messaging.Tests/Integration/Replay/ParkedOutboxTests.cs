using System.Text.Json;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Replay;

public sealed class ParkedOutboxTests
{
    private const string Unresolvable = "Linkage.Nowhere.NoSuchEvent, Linkage.Nowhere";

    [Fact]
    public async Task A_row_that_cannot_publish_is_parked_so_its_aggregate_flows_and_replay_sends_it_once_fixed()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var exchange = Broker.MassTransitExchange<ParkedProbe>();
        broker.CleanUp(exchange);
        await using var queue = await RawQueue.BindAsync(broker, exchange);
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, _ => { });
        }, new Dictionary<string, string?> { ["Linkage:Outbox:MaxAttempts"] = "2" });
        try
        {
            Guid stuck;
            await using (var db = database.NewContext())
            {
                var row = OutboxRows.Integration(new ParkedProbe("a", 1), "a");
                stuck = row.Id;
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = row.Id, AggregateId = "a", Kind = OutboxKind.Integration, MessageType = Unresolvable,
                    Payload = row.Payload, CreatedAt = row.CreatedAt,
                });
                db.Publish(new ParkedProbe("a", 2), "a");
                db.Publish(new ParkedProbe("a", 3), "a");
                await db.SaveChangesAsync();
            }

            var later = await queue.TakeAsync(2, TimeSpan.FromSeconds(30));
            Assert.Equal([2, 3], later.Select(m => N(m)));
            var parked = await Row(database, stuck);
            Assert.Equal(2, parked.Attempts);
            Assert.Null(parked.DispatchedAt);
            Assert.Contains("Linkage.Nowhere", parked.LastError);

            // a release fixes what the row names; the operator replays it
            await using (var db = database.NewContext())
                await db.Database.ExecuteSqlAsync($"UPDATE msgtest.outbox_messages SET message_type = {MessageTypes.NameOf(typeof(ParkedProbe))} WHERE id = {stuck}");
            var parkedOutbox = Assert.Single(host.Services.GetServices<IParkedOutbox>());
            Assert.Equal(1, await parkedOutbox.ReplayAsync(CancellationToken.None));

            var replayed = await queue.TakeAsync(1, TimeSpan.FromSeconds(30));
            Assert.Equal([1], replayed.Select(m => N(m)));
            // the broker may hand the message over before the dispatcher's mark commits
            await Wait.Until(async () => (await Row(database, stuck)).DispatchedAt is not null);
            Assert.Equal(0, await parkedOutbox.ReplayAsync(CancellationToken.None));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Purge_deletes_parked_rows_only()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, _ => { });
        }, new Dictionary<string, string?> { ["Linkage:Outbox:MaxAttempts"] = "1" });
        try
        {
            await using (var db = database.NewContext())
            {
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(), AggregateId = "b", Kind = OutboxKind.Integration, MessageType = Unresolvable,
                    Payload = "{}", CreatedAt = DateTimeOffset.UtcNow,
                });
                await db.SaveChangesAsync();
            }
            await using var check = database.NewContext();
            await Wait.Until(() => check.OutboxMessages.CountAsync(m => m.Attempts >= 1), n => n == 1, what: "the row parked");

            var parkedOutbox = Assert.Single(host.Services.GetServices<IParkedOutbox>());
            Assert.Equal(1, await parkedOutbox.PurgeAsync(CancellationToken.None));
            Assert.Equal(0, await check.OutboxMessages.CountAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static int N(RabbitMQ.Client.BasicGetResult message) => RawQueue.Json(message).GetProperty("message").GetProperty("n").GetInt32();

    private static async Task<OutboxMessage> Row(OutboxDatabase database, Guid id)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
