using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Linkage.Messaging.Tests.Federation;

public sealed class RabbitMqFederationTests
{
    [Fact]
    public async Task The_adapter_declares_what_a_Dapr_pubsub_rabbitmq_sidecar_would_and_publishes_persistent_cloudevents()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var host = await StartAsync(database, federation, federation.Settings());
        try
        {
            // A sidecar with durable: true, deletedWhenUnused: false, enableDeadLetter: true declares exactly these;
            // any difference in durability or arguments would close the channel with 406 PRECONDITION_FAILED.
            Assert.True(await broker.ExistsAsync(c => c.ExchangeDeclareAsync(federation.Topic, ExchangeType.Fanout, durable: true, autoDelete: false)));
            Assert.True(await broker.ExistsAsync(c => c.QueueDeclareAsync($"dlq-{federation.Queue}", durable: true, exclusive: false,
                autoDelete: false, arguments: new Dictionary<string, object?> { ["x-queue-mode"] = "lazy" })));
            Assert.True(await broker.ExistsAsync(c => c.QueueDeclareAsync(federation.Queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-dead-letter-exchange"] = $"dlx-{federation.Queue}", ["x-queue-type"] = "classic" })));
            Assert.False(await broker.ExistsAsync(c => c.QueueDeclareAsync(federation.Queue, durable: false, exclusive: false, autoDelete: true)));

            await using var tap = await RawQueue.BindAsync(broker, federation.Topic, declareExchange: false);
            Guid rowId;
            await using (var db = database.NewContext())
            {
                db.PublishFederated(new FederationProbe("wire", 3), new FederationRoute(federation.Topic, "case-7", "330102001000"));
                await db.SaveChangesAsync();
                rowId = await db.OutboxMessages.Select(m => m.Id).SingleAsync();
            }

            var message = Assert.Single(await tap.TakeAsync(1, TimeSpan.FromSeconds(20)));
            Assert.Equal("application/cloudevents+json", message.BasicProperties.ContentType);
            Assert.Equal(DeliveryModes.Persistent, message.BasicProperties.DeliveryMode);
            var e = RawQueue.Json(message);
            Assert.Equal("1.0", e.GetProperty("specversion").GetString());
            Assert.Equal(rowId.ToString(), e.GetProperty("id").GetString());
            Assert.Equal(federation.Topic, e.GetProperty("type").GetString());
            Assert.Equal("/linkage/test", e.GetProperty("source").GetString());
            Assert.Equal("case-7", e.GetProperty("subject").GetString());
            Assert.Equal("330102001000", e.GetProperty("targetdivision").GetString());
            Assert.Equal("application/json", e.GetProperty("datacontenttype").GetString());
            Assert.True(e.TryGetProperty("time", out _));
            Assert.Equal("wire", e.GetProperty("data").GetProperty("key").GetString());
            Assert.Equal(1, e.GetProperty("sequence").GetInt64());
            Assert.Equal(federation.AppId, e.GetProperty("signer").GetString());
            Assert.Null(host.Services.GetRequiredService<FederationTrust>().Verify(FederationEvent.Parse(message.Body.Span)));

            await Wait.Until(() => AppliedAsync(database), a => a.Count == 1, what: "the subscriber applying the event");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_redelivered_cloudevent_is_applied_once(bool inOneBatch)
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var host = await StartAsync(database, federation, federation.Settings(), inOneBatch);
        try
        {
            var body = CloudEvents.AsDaprWouldSend(federation.Topic, "dapr-generated-id-1", "330102001000", CloudEvents.Probe("again"));
            await federation.PublishRawAsync(body);
            await federation.PublishRawAsync(body);
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("other")));

            await Wait.Until(() => AppliedAsync(database), a => a.Count >= 2, what: "two distinct events applied");
            await Task.Delay(1000);
            Assert.Equal(["again", "other"], (await AppliedAsync(database)).Order());
            await Wait.Until(() => broker.MessageCountAsync(federation.Queue), n => n == 0, what: "an empty queue");
            Assert.Equal(["again", "other"], (await AppliedAsync(database)).Order());
            await using var db = database.NewContext();
            Assert.Equal(2, await db.InboxMessages.CountAsync(i => i.Consumer != "federation#sequence"));
            Assert.Equal(2, await db.InboxMessages.CountAsync(i => i.Consumer == "federation#sequence"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Only_events_targeted_inside_a_served_subtree_are_handled_and_the_rest_are_acknowledged()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var host = await StartAsync(database, federation, federation.Settings(serves: "330100000000,340102000000"));
        try
        {
            (string Key, string? Target)[] events =
                [("other-city", "330200000000"), ("other-province", "350000000000"), ("no-target", null),
                 ("city-itself", "330100000000"), ("village-inside", "330102001002"), ("county-inside", "340102000000"),
                 ("county-sibling", "340103000000")];
            foreach (var (key, target) in events)
                await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), target, CloudEvents.Probe(key)));

            await Wait.Until(() => AppliedAsync(database), a => a.Count >= 3, what: "the served events applied");
            await Wait.Until(() => broker.MessageCountAsync(federation.Queue), n => n == 0, what: "an empty queue");
            await Task.Delay(500);
            Assert.Equal(["city-itself", "county-inside", "village-inside"], (await AppliedAsync(database)).Order());
            Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failing_event_is_retried_then_dead_lettered_and_an_unreadable_one_quarantined_without_blocking_others(bool inOneBatch)
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var host = await StartAsync(database, federation, federation.Settings(maxAttempts: 3), inOneBatch);
        try
        {
            var overflowing = Guid.NewGuid();
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("failing", -1)));
            await federation.PublishRawAsync("not a cloud event"u8.ToArray());
            // Its applied row would fit, its holder (varchar(200)) does not: nothing of it may be written, inbox rows included.
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, overflowing.ToString(), "330102001000", CloudEvents.Probe(new string('x', 300), 2)));
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("fine")));

            await Wait.Until(() => broker.MessageCountAsync($"dlq-{federation.Queue}"), n => n == 2, what: "two dead letters");
            await Wait.Until(() => broker.MessageCountAsync(federation.Quarantine), n => n == 1, what: "the unreadable one quarantined");
            await Wait.Until(() => AppliedAsync(database), a => a.Count > 0, what: "the good event applied");
            Assert.Equal(["fine"], await AppliedAsync(database));
            await Wait.Until(() => broker.MessageCountAsync(federation.Queue), n => n == 0, what: "an empty queue");
            await using var db = database.NewContext();
            Assert.False(await db.InboxMessages.AnyAsync(i => i.MessageId == overflowing));
            Assert.Equal(1, await db.InboxMessages.CountAsync(i => i.Consumer == "federation#sequence"));
            Assert.Equal(0, await db.Holders.CountAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static Task<IHost> StartAsync(
        OutboxDatabase database, FederationBroker federation, Dictionary<string, string?> settings, bool inOneBatch = false) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(new ProbeBatching(inOneBatch));
            services.AddOutbox<TestDbContext>();
            services.AddFederationBus(config);
            services.AddFederationHandler<FederationProbe, FederationProbeHandler>(federation.Topic);
        }, settings);

    private static async Task<List<string>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.Select(a => a.Key).ToListAsync();
    }
}
