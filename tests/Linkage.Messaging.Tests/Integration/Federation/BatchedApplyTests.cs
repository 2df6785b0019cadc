using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>First deliveries applied together (decision 0629): what waited in the queue while the receiver was away
/// arrives at once and is applied in fewer transactions than events, once, in order per subject, and a bad event is
/// set aside alone; a backlog of several hundred in rounds of up to 256 (decision 0664). Each test publishes while no
/// receiver runs, so the deliveries come as batches.</summary>
public sealed class BatchedApplyTests(ITestOutputHelper output)
{
    internal const string Inside = "330102001000";

    [Fact]
    public async Task A_redelivered_batch_is_applied_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var bodies = Enumerable.Range(1, 20)
            .Select(i => CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe($"k{i}"))).ToList();

        await ReceiveAsync(database, federation, bodies, () => AppliedAsync(database), a => a.Count == 20);
        Assert.True(await TransactionsAsync(database) < 20, "the waiting deliveries were applied together");
        // as a shovel would replay them, then one more, settled after them (a channel's batches go one after another)
        bodies.Add(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe("k21")));
        await ReceiveAsync(database, federation, bodies, () => AppliedAsync(database), a => a.Count == 21);

        Assert.Equal(0u, await broker.MessageCountAsync(federation.Queue));
        Assert.Equal(Enumerable.Range(1, 21).Select(i => $"k{i}").Order(), (await AppliedAsync(database)).Order());
        await using var db = database.NewContext();
        Assert.Equal(21, await db.InboxMessages.CountAsync(i => i.Consumer != "federation#sequence"));
        Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
    }

    [Fact]
    public async Task A_subjects_events_keep_their_order_across_a_batch()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        byte[] Event(string subject, int n) => CloudEvents.AsDaprWouldSend(
            federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe($"{subject}{n}"), subject: subject, sequence: n);
        var subjects = new[] { "a", "b", "c", "d", "e" };
        var bodies = Enumerable.Range(1, 3).SelectMany(n => subjects.Select(s => Event(s, n))).ToList(); // a1 b1 … e1 a2 …
        bodies.AddRange([Event("f", 1), Event("f", 2), Event("f", 3), Event("g", 2), Event("g", 1), Event("g", 3)]);

        await ReceiveAsync(database, federation, bodies, () => AppliedAsync(database), a => a.Count == 21, ordered: true);

        var applied = await AppliedAsync(database);
        foreach (var s in subjects.Append("f").Append("g"))
            Assert.Equal([$"0:{s}1", $"1:{s}2", $"2:{s}3"], applied.Where(k => k.EndsWith(s + "1") || k.EndsWith(s + "2") || k.EndsWith(s + "3")).Order());
        Assert.True(await TransactionsAsync(database) < 21, "the waiting deliveries were applied together");
        Assert.Equal(0u, await broker.MessageCountAsync(federation.Queue));
        Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));
    }

    /// <summary>Decision 0664: up to <c>ApplyBatchSize</c> (256) a round, more than 0629's 32.</summary>
    [Fact]
    public async Task A_backlog_of_several_hundred_is_applied_in_large_rounds_once_and_in_order_per_subject()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var subjects = Enumerable.Range(1, 150).Select(s => $"s{s}-").ToList();
        var bodies = Enumerable.Range(1, 3).SelectMany(n => subjects.Select(s => CloudEvents.AsDaprWouldSend(
            federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe($"{s}{n}"), subject: s, sequence: n))).ToList();
        using var figures = new AheadGate(federation.Topic); // where the batches' time went, for docs/performance.md

        await ReceiveAsync(database, federation, bodies, () => AppliedAsync(database), a => a.Count == 450, ordered: true);
        output.WriteLine($"{figures.Admitted} events admitted before their batch was due; {figures.Stages}");

        var applied = await AppliedAsync(database);
        Assert.Equal(450, applied.Distinct().Count());
        foreach (var s in subjects)
            Assert.Equal([$"0:{s}1", $"1:{s}2", $"2:{s}3"], applied.Where(k => k.EndsWith($":{s}1") || k.EndsWith($":{s}2") || k.EndsWith($":{s}3")).Order());
        Assert.True(await LargestRoundAsync(database) > 32, "a round took more of the backlog than 0629's 32");
        Assert.True(await TransactionsAsync(database) < 450 / 32, "fewer transactions than rounds of 32 would take");
        await using var db = database.NewContext();
        Assert.Equal(450, await db.InboxMessages.CountAsync(i => i.Consumer != "federation#sequence"));
        Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
    }

    /// <summary>With several hundred waiting (decision 0664) a round the failing event is in is halved until it is
    /// alone: fewer transactions than rounds of 32 applied one by one after it failed.</summary>
    [Theory]
    [InlineData(5)]
    [InlineData(150)]
    public async Task A_bad_event_in_a_batch_is_quarantined_alone_and_a_failing_one_retried_alone(int eachSide)
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var overflowing = Guid.NewGuid();
        byte[] Good(int i) => CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe($"good{i}"));
        var bodies = Enumerable.Range(1, eachSide).Select(Good).ToList();
        bodies.Add(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe("good"),
            tamper: json => { json["data"]!["key"] = "forged"; return json; }));
        // its holder (varchar(200)) fails the save of any batch it is in
        bodies.Add(CloudEvents.AsDaprWouldSend(federation.Topic, overflowing.ToString(), Inside, CloudEvents.Probe(new string('x', 300), 2)));
        bodies.AddRange(Enumerable.Range(eachSide + 1, eachSide).Select(Good));

        await ReceiveAsync(database, federation, bodies,
            async () => (Applied: (await AppliedAsync(database)).Count, DeadLetters: await broker.MessageCountAsync($"dlq-{federation.Queue}")),
            settled => settled.Applied == 2 * eachSide && settled.DeadLetters == 1);

        Assert.Equal(Enumerable.Range(1, 2 * eachSide).Select(i => $"good{i}").Order(), (await AppliedAsync(database)).Order());
        Assert.Equal(1u, await broker.MessageCountAsync(federation.Quarantine));
        Assert.Equal(0u, await broker.MessageCountAsync(federation.Queue));
        if (eachSide > 32) Assert.True(await TransactionsAsync(database) < 32, "the failed round was halved, not applied one by one");
        await using var db = database.NewContext();
        Assert.False(await db.InboxMessages.AnyAsync(i => i.MessageId == overflowing));
        Assert.Equal(0, await db.Holders.CountAsync());
    }

    /// <summary>Decision 0707: a round's events are admitted (their signatures verified) side by side, then applied in
    /// the round's order. A forged event in the middle of a backlog is quarantined and everything else is applied, once
    /// and in order per subject; the forged subject's next event waits for it as for a gap and is quarantined when the gap
    /// never fills.</summary>
    [Fact]
    public async Task A_backlog_admitted_side_by_side_keeps_each_subjects_order_and_sets_a_forged_event_in_its_middle_aside()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        const string forged = "p60-";
        var subjects = Enumerable.Range(1, 120).Select(s => $"p{s}-").ToList();
        byte[] Event(string s, int n) => CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside,
            CloudEvents.Probe($"{s}{n}"), subject: s, sequence: n,
            tamper: s == forged && n == 2 ? json => { json["data"]!["key"] = "forged"; return json; } : null);
        var bodies = Enumerable.Range(1, 3).SelectMany(n => subjects.Select(s => Event(s, n))).ToList();

        await ReceiveAsync(database, federation, bodies,
            async () => (Applied: (await AppliedAsync(database)).Count, Quarantined: await broker.MessageCountAsync(federation.Quarantine)),
            settled => settled.Applied == 358 && settled.Quarantined == 2, ordered: true);

        var applied = await AppliedAsync(database);
        Assert.Equal(358, applied.Distinct().Count());
        foreach (var s in subjects.Where(s => s != forged))
            Assert.Equal([$"0:{s}1", $"1:{s}2", $"2:{s}3"], applied.Where(k => k.EndsWith($":{s}1") || k.EndsWith($":{s}2") || k.EndsWith($":{s}3")).Order());
        Assert.Equal([$"0:{forged}1"], applied.Where(k => k.Contains($":{forged}")));
        Assert.Equal(["forged", $"{forged}3"], (await federation.TakeQuarantinedKeysAsync()).Order());
        // how many rounds depends on how fast the broker hands the backlog over; that they are rounds does not
        Assert.True(await LargestRoundAsync(database) > 1 && await TransactionsAsync(database) < 358 / 2, "the backlog was applied in rounds");
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
    }

    /// <summary>Decision 0721: a sender's round under one signature, each event with its path. An event altered on the
    /// way does not lead to the signed root: it is quarantined, and its siblings, verified through the same root, apply.</summary>
    [Fact]
    public async Task A_tampered_event_of_a_round_signed_as_one_is_quarantined_while_its_siblings_apply()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        const int tampered = 17;
        var bodies = CloudEvents.RoundAsDaprWouldSend(federation.Topic, Inside,
            Enumerable.Range(0, 40).Select(i => ($"r{i}-", 1L, (System.Text.Json.Nodes.JsonNode)CloudEvents.Probe($"r{i}-1"))),
            tamper: (i, json) =>
            {
                if (i == tampered) json["data"]!["key"] = "forged";
                return json;
            });

        await ReceiveAsync(database, federation, bodies,
            async () => (Applied: (await AppliedAsync(database)).Count, Quarantined: await broker.MessageCountAsync(federation.Quarantine)),
            settled => settled.Applied == 39 && settled.Quarantined == 1);

        Assert.Equal(Enumerable.Range(0, 40).Where(i => i != tampered).Select(i => $"r{i}-1").Order(), (await AppliedAsync(database)).Order());
        Assert.Equal(["forged"], await federation.TakeQuarantinedKeysAsync());
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
    }

    [Fact]
    public async Task A_round_reads_its_rows_at_once_and_two_events_on_one_row_change_it_together()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        // every other event counts into one tally, as two events of a round may touch one case (decision 0648)
        var keys = Enumerable.Range(1, 12).Select(i => i % 2 == 0 ? "shared" : $"own{i}").ToList();
        var bodies = keys.Select(k => CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside, CloudEvents.Probe(k))).ToList();
        var rounds = new RoundLog();

        await ReceiveAsync(database, federation, bodies, () => AppliedAsync(database), a => a.Count == 12, rounds: rounds);

        await using var db = database.NewContext();
        Assert.Equal(6, (await db.Tallies.SingleAsync(t => t.Name == "shared")).Total);
        Assert.Equal(7, await db.Tallies.CountAsync());
        Assert.Contains(rounds.Rounds, n => n > 1);
        Assert.True(await TransactionsAsync(database) < 12, "the round touching one tally twice was applied together, not one by one");
        // each event's own row and its sequence row, written by the round's one insert
        Assert.Equal(12, await db.InboxMessages.CountAsync(i => i.Consumer == "federation#sequence"));
        Assert.Equal(12, await db.InboxMessages.CountAsync(i => i.Consumer != "federation#sequence"));
        Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));
    }

    /// <summary>Publishes the bodies while no receiver runs (its queue declared by an earlier start), then starts one
    /// until <paramref name="done"/>, and stops it: what it had not settled would be back in the queue. Without
    /// <paramref name="onArrival"/> the receiver admits nothing as it arrives (0828), only ahead (0718) and when due.</summary>
    internal static async Task ReceiveAsync<T>(OutboxDatabase database, FederationBroker federation, List<byte[]> bodies,
        Func<Task<T>> probe, Func<T, bool> done, bool ordered = false, RoundLog? rounds = null, AheadGate? gate = null, TimeSpan? within = null,
        bool onArrival = true)
    {
        var settings = federation.Settings(maxAttempts: 2);
        settings["Linkage:Federation:AdmitsOnArrival"] = onArrival.ToString();
        await (await StartAsync(database, federation, ordered, rounds, gate, settings)).StopAsync();
        await federation.PublishRawAsync(bodies);
        var host = await StartAsync(database, federation, ordered, rounds, gate, settings);
        try
        {
            await Wait.Until(probe, done, within ?? TimeSpan.FromSeconds(60), "the waiting deliveries settled");
            await Wait.Until(() => federation.Broker.MessageCountAsync(federation.Queue), n => n == 0, what: "an empty queue");
        }
        finally
        {
            await host.StopAsync();
        }
        // the count above is of ready deliveries only: one still unacked when the receiver stopped is back now
        Assert.Equal(0u, await federation.Broker.MessageCountAsync(federation.Queue));
    }

    private static Task<IHost> StartAsync(OutboxDatabase database, FederationBroker federation, bool ordered, RoundLog? rounds, AheadGate? gate,
        Dictionary<string, string?> settings) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(new ProbeBatching(true));
            services.AddFederationBus(config);
            if (gate is not null)
            {
                services.AddSingleton(gate);
                services.AddFederationHandler<FederationProbe, HeldProbeHandler>(federation.Topic);
            }
            else if (rounds is not null)
            {
                services.AddSingleton(rounds);
                services.AddFederationHandler<FederationProbe, RoundProbeHandler>(federation.Topic);
            }
            else if (ordered) services.AddFederationHandler<FederationProbe, OrderedProbeHandler>(federation.Topic);
            else services.AddFederationHandler<FederationProbe, FederationProbeHandler>(federation.Topic);
        }, settings);

    internal static async Task<List<string>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.Select(a => a.Key).ToListAsync();
    }

    /// <summary>The transactions that wrote the events' inbox rows (rows of one transaction share its xmin).</summary>
    internal static Task<long> TransactionsAsync(OutboxDatabase database) => database.ScalarAsync<long>(
        $"SELECT count(DISTINCT xmin::text) FROM {TestDbContext.SchemaName}.inbox_messages WHERE consumer <> 'federation#sequence'");

    /// <summary>The most events one transaction applied.</summary>
    private static Task<long> LargestRoundAsync(OutboxDatabase database) => database.ScalarAsync<long>(
        $"SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM {TestDbContext.SchemaName}.inbox_messages " +
        "WHERE consumer <> 'federation#sequence' GROUP BY xmin::text) r");
}
