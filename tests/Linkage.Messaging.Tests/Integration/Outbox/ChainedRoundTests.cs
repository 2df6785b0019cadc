using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Outbox;

/// <summary>An aggregate's rows behind a claimed head go out in the head's round, one after another (decision 0692),
/// and a commit while a round is still publishing is dispatched at once, with the poll set to ten minutes.</summary>
public sealed class ChainedRoundTests
{
    private static readonly Dictionary<string, string?> NoPoll = new()
    {
        ["Linkage:Outbox:PollingInterval"] = "00:10:00",
        ["Linkage:Outbox:IdlePollingInterval"] = "00:10:00",
        ["Linkage:Outbox:PublishTimeout"] = "00:05:00", // a publish held at the gate is not failed meanwhile
    };

    [Fact]
    public async Task An_aggregates_rows_committed_together_are_marked_by_one_round_and_published_in_order()
    {
        await using var rig = await Rig.StartAsync();
        var (database, queue) = (rig.Database, rig.Queue);
        await using (var db = database.NewContext())
        {
            for (var n = 0; n < 4; n++)
                foreach (var aggregate in new[] { "chain-a", "chain-b", "chain-c" })
                    db.Publish(new ChainProbe(aggregate, n), aggregate);
            await db.SaveChangesAsync();
        }

        var messages = (await queue.TakeAsync(12, TimeSpan.FromSeconds(30))).Select(RawQueue.Json).ToList();
        Assert.Equal(12, messages.Count);
        Assert.Equal(12, messages.Select(m => m.GetProperty("messageId").GetString()).Distinct().Count());
        foreach (var aggregate in messages.Select(m => m.GetProperty("message")).GroupBy(m => m.GetProperty("aggregate").GetString()))
            Assert.Equal([0, 1, 2, 3], aggregate.Select(m => m.GetProperty("n").GetInt32()));
        // one mark statement (its statement_timestamp) for all twelve: the heads and their followers, one round
        await Wait.Until(() => PendingAsync(database), n => n == 0, TimeSpan.FromSeconds(15), "every row marked");
        await using var read = database.NewContext();
        Assert.Single(await read.OutboxMessages.Select(m => m.DispatchedAt).Distinct().ToListAsync());
    }

    [Fact]
    public async Task A_row_that_fails_keeps_the_rows_after_it_pending_and_unpublished()
    {
        await using var rig = await Rig.StartAsync();
        var (database, queue) = (rig.Database, rig.Queue);
        Guid unpublishable, behind;
        await using (var db = database.NewContext())
        {
            var row = new OutboxMessage
            {
                Id = OutboxIds.Next(), AggregateId = "held", Kind = OutboxKind.Integration,
                MessageType = "Nowhere.Event, Nowhere", Payload = "{}", CreatedAt = DateTimeOffset.UtcNow,
            };
            unpublishable = row.Id;
            db.OutboxMessages.Add(row);
            db.Publish(new ChainProbe("held", 1), "held");
            db.Publish(new ChainProbe("free", 0), "free");
            await db.SaveChangesAsync();
            behind = (await db.OutboxMessages.SingleAsync(m => m.AggregateId == "held" && m.Id != unpublishable)).Id;
        }

        var free = Assert.Single(await queue.TakeAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal("free", RawQueue.Json(free).GetProperty("message").GetProperty("aggregate").GetString());
        await Wait.Until(() => AttemptsAsync(database, unpublishable), n => n >= 1, TimeSpan.FromSeconds(15), "the failed publish marked");
        await using var read = database.NewContext();
        var waiting = await read.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == behind);
        Assert.Null(waiting.DispatchedAt);
        Assert.Equal(0, waiting.Attempts); // not tried: it waits for the row before it
        Assert.Empty(await queue.TakeAsync(1, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_row_committed_while_a_round_is_publishing_goes_out_before_that_round_ends()
    {
        await using var rig = await Rig.StartAsync();
        var (database, queue) = (rig.Database, rig.Queue);
        var gate = new PublishGate(m => m is ChainProbe { Aggregate: "gated", N: 0 });
        using var observing = rig.Host.Services.GetRequiredService<IBus>().ConnectPublishObserver(gate);
        try
        {
            await CommitAsync(database, ("gated", 0));
            await gate.Held.WaitAsync(TimeSpan.FromSeconds(30)); // a round is publishing it, and waits

            await CommitAsync(database, ("gated", 1), ("free", 0));
            var free = Assert.Single(await queue.TakeAsync(1, TimeSpan.FromSeconds(30)));
            Assert.Equal("free", RawQueue.Json(free).GetProperty("message").GetProperty("aggregate").GetString());
            Assert.Empty(await queue.TakeAsync(1, TimeSpan.FromSeconds(1))); // gated 1 waits for gated 0

            gate.Open();
            var gated = (await queue.TakeAsync(2, TimeSpan.FromSeconds(30))).Select(RawQueue.Json).ToList();
            Assert.Equal([0, 1], gated.Select(m => m.GetProperty("message").GetProperty("n").GetInt32()));
            Assert.All(gated, m => Assert.Equal("gated", m.GetProperty("message").GetProperty("aggregate").GetString()));
        }
        finally
        {
            gate.Open(); // before the rig stops the host, which waits for the held round
        }
    }

    /// <summary>Decision 0761: a claim that took every due row is not followed at once by another, and a round's end
    /// claims only when rows may wait behind it. Saves one after another, with the poll set to ten minutes: one claim
    /// each (the code before sent two or three, the others finding nothing).</summary>
    [Fact]
    public async Task Saves_one_after_another_are_each_claimed_once_with_no_empty_claim_between_them()
    {
        await using var rig = await Rig.StartAsync();
        for (var n = 0; n < 2; n++) await SavedAndMarkedAsync(rig, $"warm-{n}"); // the dispatcher's first claims are behind
        var before = await ClaimsAsync(rig.Database);

        for (var n = 0; n < 10; n++) await SavedAndMarkedAsync(rig, $"one-{n}");

        Assert.Equal(10, await ClaimsAsync(rig.Database) - before);
    }

    /// <summary>Decision 0850: a row committed behind a lane whose round is still publishing is skipped by the claim its
    /// commit wakes; that round takes it, publishes it after its own row and marks both. Its end claims nothing: the
    /// claims are the round's, the skip, the next save's and the last save's (0761's loop had one more, at its end).</summary>
    [Fact]
    public async Task A_row_committed_behind_a_publishing_round_is_taken_by_that_round_with_no_claim_at_its_end()
    {
        await using var rig = await Rig.StartAsync();
        for (var n = 0; n < 2; n++) await SavedAndMarkedAsync(rig, $"warm-{n}");
        var gate = new PublishGate(m => m is ChainProbe { Aggregate: "gated", N: 0 });
        using var observing = rig.Host.Services.GetRequiredService<IBus>().ConnectPublishObserver(gate);
        var claims = await ClaimsAsync(rig.Database);
        try
        {
            await HeldBehindAsync(rig, gate);

            gate.Open();
            var gated = (await rig.Queue.TakeAsync(2, TimeSpan.FromSeconds(30))).Select(RawQueue.Json).ToList();
            Assert.Equal([0, 1], gated.Select(m => m.GetProperty("message").GetProperty("n").GetInt32()));
            await Wait.Until(() => PendingAsync(rig.Database), n => n == 0, TimeSpan.FromSeconds(15), "every row marked");
            await using (var read = rig.Database.NewContext())
                Assert.Single(await read.OutboxMessages.Where(m => m.AggregateId == "gated").Select(m => m.DispatchedAt).Distinct().ToListAsync());
            await SavedAndMarkedAsync(rig, "after");
            Assert.Equal(claims + 4, await ClaimsAsync(rig.Database));
        }
        finally
        {
            gate.Open();
        }
    }

    /// <summary>Decision 0850: the round that took a row behind its own dies after publishing it, before its mark (its
    /// connection ended). Both rows stay pending, are published again in order, and the inbox applies each once.</summary>
    [Fact]
    public async Task A_round_that_dies_after_publishing_the_row_it_took_behind_leaves_both_to_be_published_again()
    {
        await using var rig = await Rig.StartAsync(withConsumer: true);
        var gate = new PublishGate(m => m is ChainProbe { Aggregate: "gated", N: 0 });
        var published = new PublishGate(m => m is ChainProbe { Aggregate: "gated", N: 1 }, published: true);
        var bus = rig.Host.Services.GetRequiredService<IBus>();
        using var observing = bus.ConnectPublishObserver(gate);
        using var observingPublished = bus.ConnectPublishObserver(published);
        try
        {
            await HeldBehindAsync(rig, gate);
            gate.Open();
            await published.Held.WaitAsync(TimeSpan.FromSeconds(30)); // gated 1 is at the broker, not marked
            Assert.Equal(1, await EndRoundAsync(rig.Database));
            published.Open();

            var sent = (await rig.Queue.TakeAsync(4, TimeSpan.FromSeconds(30))).Select(RawQueue.Json).ToList();
            Assert.Equal([0, 1, 0, 1], sent.Select(m => m.GetProperty("message").GetProperty("n").GetInt32()));
            Assert.Equal(2, sent.Select(m => m.GetProperty("messageId").GetString()).Distinct().Count());
            await Wait.Until(() => PendingAsync(rig.Database), n => n == 0, TimeSpan.FromSeconds(15), "both rows marked");
            await Wait.Until(() => AppliedAsync(rig.Database), n => n.Count >= 3, TimeSpan.FromSeconds(15), "free and gated applied");
            await SavedAndMarkedAsync(rig, "after"); // queued behind the copies
            await Wait.Until(() => AppliedAsync(rig.Database), n => n.Contains("after-0"), TimeSpan.FromSeconds(15), "after applied");
            Assert.Equal(["after-0", "free-0", "gated-0", "gated-1"], (await AppliedAsync(rig.Database)).Order());
        }
        finally
        {
            gate.Open();
            published.Open();
        }
    }

    /// <summary>Gated 0 held at the gate by its round; gated 1 committed and skipped by the claim its commit woke; then
    /// a free row claimed after that skip was answered. (A claim is counted when its portal closes: the round's, only
    /// at its next statement; the skip's, at its commit.)</summary>
    private static async Task HeldBehindAsync(Rig rig, PublishGate gate)
    {
        await CommitAsync(rig.Database, ("gated", 0));
        await gate.Held.WaitAsync(TimeSpan.FromSeconds(30));
        var claims = await ClaimsAsync(rig.Database);
        await CommitAsync(rig.Database, ("gated", 1));
        await Wait.Until(() => ClaimsAsync(rig.Database), n => n > claims, TimeSpan.FromSeconds(15), "the claim that skips gated");
        await CommitAsync(rig.Database, ("free", 0));
        var free = Assert.Single(await rig.Queue.TakeAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal("free", RawQueue.Json(free).GetProperty("message").GetProperty("aggregate").GetString());
    }

    /// <summary>Ends the connection of the round that took rows behind its own and has not marked them.</summary>
    private static async Task<int> EndRoundAsync(OutboxDatabase database)
    {
        await using var conn = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using var end = new Npgsql.NpgsqlCommand("""
            SELECT count(*)::int FROM pg_stat_activity
            WHERE datname = current_database() AND state = 'idle in transaction' AND query LIKE 'SELECT id, aggregate_id%'
              AND pg_terminate_backend(pid)
            """, conn);
        return (int)(await end.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.Select(a => a.Key).ToListAsync();
    }

    private static async Task SavedAndMarkedAsync(Rig rig, string aggregate)
    {
        await CommitAsync(rig.Database, (aggregate, 0));
        var message = Assert.Single(await rig.Queue.TakeAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(aggregate, RawQueue.Json(message).GetProperty("message").GetProperty("aggregate").GetString());
        await Wait.Until(() => PendingAsync(rig.Database), n => n == 0, TimeSpan.FromSeconds(15), $"{aggregate} marked");
    }

    /// <summary>The claims run in the test's database so far (pg_stat_statements, counted as each statement ends).</summary>
    private static async Task<long> ClaimsAsync(OutboxDatabase database)
    {
        await using var conn = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await conn.OpenAsync();
        await using (var create = new Npgsql.NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", conn))
            await create.ExecuteNonQueryAsync();
        await using var calls = new Npgsql.NpgsqlCommand("""
            SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query LIKE 'WITH window_rows%'
            """, conn);
        return (long)(await calls.ExecuteScalarAsync())!;
    }

    /// <summary>A database, a queue bound to the probes' exchange (read in broker order) and a host dispatching the outbox.</summary>
    private sealed class Rig(OutboxDatabase database, Broker broker, RawQueue queue, IHost host) : IAsyncDisposable
    {
        public OutboxDatabase Database => database;
        public RawQueue Queue => queue;
        public IHost Host => host;

        /// <summary><paramref name="withConsumer"/>: the probes are also applied through the inbox
        /// (<see cref="BehindProbeConsumer"/>).</summary>
        public static async Task<Rig> StartAsync(bool withConsumer = false)
        {
            var database = await OutboxDatabase.CreateAsync();
            var broker = await Broker.ConnectAsync();
            var module = TestEnvironment.NewName("t");
            broker.CleanUpEndpoint($"{module}-behind-probe");
            broker.CleanUp(Broker.MassTransitExchange<ChainProbe>());
            var queue = await RawQueue.BindAsync(broker, Broker.MassTransitExchange<ChainProbe>());
            var host = await TestHost.StartAsync(database, (services, config) =>
            {
                services.AddOutbox<TestDbContext>();
                services.AddLinkageBus(config, bus =>
                {
                    if (withConsumer) bus.AddModuleConsumer<BehindProbeConsumer>(module);
                });
            }, NoPoll);
            return new Rig(database, broker, queue, host);
        }

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            await queue.DisposeAsync();
            await broker.DisposeAsync();
            await database.DisposeAsync();
        }
    }

    private static async Task CommitAsync(OutboxDatabase database, params (string Aggregate, int N)[] probes)
    {
        await using var db = database.NewContext();
        foreach (var (aggregate, n) in probes) db.Publish(new ChainProbe(aggregate, n), aggregate);
        await db.SaveChangesAsync();
    }

    private static async Task<int> PendingAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.CountAsync(m => m.DispatchedAt == null);
    }

    private static async Task<int> AttemptsAsync(OutboxDatabase database, Guid id)
    {
        await using var db = database.NewContext();
        return await db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Attempts).SingleAsync();
    }
}
