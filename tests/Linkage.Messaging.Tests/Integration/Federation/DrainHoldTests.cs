using System.Diagnostics.Metrics;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0744: while a topic drains a backlog, the integration rows its rounds write (the life cycle of what
/// arrives) are held, and released once the drain ends, or at a dispatcher's start after a restart in the middle of
/// one. The hold here is ten minutes, so only a release can make a held row due within a test.</summary>
public sealed class DrainHoldTests
{
    private const string Inside = "330102001000";

    [Fact]
    public async Task The_life_cycle_a_backlog_brings_is_held_until_it_has_drained_then_goes_once_each_in_order_per_case()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var (module, log) = Consumer(broker);
        using var released = new ReleasedRows();
        var bodies = Backlog(federation, "d", 300);

        await (await StartAsync(database, federation, module, log, quiet: "00:00:01")).StopAsync(); // declares the queues
        foreach (var body in bodies) await federation.PublishRawAsync(body);
        var host = await StartAsync(database, federation, module, log, quiet: "00:00:01");
        try
        {
            await Wait.Until(() => Task.FromResult(log.Count), n => n >= bodies.Count, TimeSpan.FromSeconds(120), "the life cycle of every arrival");
            AssertOnceEachInOrder(log, bodies.Count);
            Assert.True(released.Rows >= 256, $"a full batch's rows were held and released after the drain, not dispatched meanwhile ({released.Rows})");
            Assert.Equal(0, await PendingAsync(database));
            await using var db = database.NewContext();
            Assert.Equal(bodies.Count, await db.InboxMessages.CountAsync(i => i.Consumer == "federation#sequence"));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Rows_held_by_a_drain_the_process_did_not_finish_go_once_each_in_order_after_a_restart()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var (module, log) = Consumer(broker);
        var bodies = Backlog(federation, "r", 300);

        await (await StartAsync(database, federation, module, log, quiet: "00:10:00")).StopAsync();
        foreach (var body in bodies) await federation.PublishRawAsync(body);
        // no dispatcher in the process that drains: a stop's release (the drain's channel gone) has nobody to run it
        // before the process ends, however its hosted services stop, as after a crash
        var first = await StartAsync(database, federation, module, log, quiet: "00:10:00", dispatching: false);
        try
        {
            await Wait.Until(() => HeldAsync(database), n => n > 0, TimeSpan.FromSeconds(60), "rows held by the drain");
        }
        finally
        {
            await first.StopAsync();
        }
        Assert.True(await HeldAsync(database) > 0, "the stop released nothing");

        var second = await StartAsync(database, federation, module, log, quiet: "00:00:01");
        try
        {
            await Wait.Until(() => Task.FromResult(log.Count), n => n >= bodies.Count, TimeSpan.FromSeconds(120), "the life cycle of every arrival");
            // a round the first stop cut between its publishes and its commit is published again (at least once: a
            // module's consumer drops the repeat by its message id), so the cases' order is read from first receipts
            AssertOnceEachInOrder(log, bodies.Count, firstReceipts: true);
            Assert.Equal(0, await PendingAsync(database));
            await using var db = database.NewContext();
            Assert.Equal(bodies.Count, await db.OutboxMessages.CountAsync());
            Assert.Equal(bodies.Count, await db.InboxMessages.CountAsync(i => i.Consumer == "federation#sequence"));
        }
        finally
        {
            await second.StopAsync();
        }
    }

    /// <summary>Three events for each of <paramref name="subjects"/> cases, each case's in its order.</summary>
    private static List<byte[]> Backlog(FederationBroker federation, string prefix, int subjects) =>
        Enumerable.Range(1, 3).SelectMany(n => Enumerable.Range(1, subjects).Select(s => CloudEvents.AsDaprWouldSend(
            federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe($"{prefix}{s}-{n}"), subject: $"{prefix}{s}", sequence: n))).ToList();

    private static (string Module, DeliveryLog<ArrivedProbe> Log) Consumer(Broker broker)
    {
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-arrived-probe");
        broker.CleanUp(Broker.MassTransitExchange<ArrivedProbe>());
        return (module, new DeliveryLog<ArrivedProbe>());
    }

    private static void AssertOnceEachInOrder(DeliveryLog<ArrivedProbe> log, int count, bool firstReceipts = false)
    {
        var received = log.Received.ToList();
        if (firstReceipts) received = [.. received.DistinctBy(r => r.MessageId)];
        Assert.Equal(count, received.Count);
        Assert.Equal(count, received.Select(r => r.MessageId).Distinct().Count());
        foreach (var @case in received.GroupBy(r => r.Message.Subject))
            Assert.Equal([1L, 2L, 3L], @case.Select(r => r.Message.N));
    }

    /// <summary>One delivery at a time on the life cycle's side: the order it logs is the order the outbox published.</summary>
    private static Task<IHost> StartAsync(OutboxDatabase database, FederationBroker federation, string module, DeliveryLog<ArrivedProbe> log, string quiet,
        bool dispatching = true)
    {
        var settings = federation.Settings();
        settings["Linkage:RabbitMq:PrefetchCount"] = "1";
        settings["Linkage:Federation:DrainHold"] = "00:10:00";
        settings["Linkage:Federation:DrainQuiet"] = quiet;
        return TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(log);
            services.AddOutbox<TestDbContext>();
            if (!dispatching) services.Remove(services.Single(d => d.ImplementationType == typeof(OutboxDispatcher<TestDbContext>)));
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<ArrivedProbeConsumer>(module));
            services.AddFederationBus(config);
            services.AddFederationHandler<FederationProbe, ArrivalProbeHandler>(federation.Topic);
        }, settings);
    }

    private static Task<long> HeldAsync(OutboxDatabase database) => database.ScalarAsync<long>(
        $"SELECT count(*) FROM {TestDbContext.SchemaName}.outbox_messages " +
        "WHERE dispatched_at IS NULL AND attempts = 0 AND next_attempt_at > now()");

    private static async Task<int> PendingAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null);
    }

    /// <summary>The rows the test schema's dispatchers released (<c>linkage.outbox.released</c>).</summary>
    private sealed class ReleasedRows : IDisposable
    {
        private readonly MeterListener listener = new();
        private long rows;

        public ReleasedRows()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == MessagingTelemetry.Name && instrument.Name == "linkage.outbox.released") l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                    if (tag.Key == "schema" && tag.Value as string == TestDbContext.SchemaName) Interlocked.Add(ref rows, value);
            });
            listener.Start();
        }

        public long Rows => Interlocked.Read(ref rows);

        public void Dispose() => listener.Dispose();
    }
}
