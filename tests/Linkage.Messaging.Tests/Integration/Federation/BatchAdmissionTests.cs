using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>A batch's events admitted before it is due: the next batch's while one applies (decision 0718), and each
/// delivery as it arrives (0828). Published while no receiver runs, as in <see cref="BatchedApplyTests"/>.</summary>
public sealed class BatchAdmissionTests(ITestOutputHelper output)
{
    private const string Inside = BatchedApplyTests.Inside;

    /// <summary>Decision 0718: the next batch is admitted while the one before it applies (each round here held until an
    /// event of the next batch has been admitted ahead). Nothing is admitted on arrival here (0828), or the arrival
    /// thread's admissions would pass for the thread ahead's. A forged event late in the backlog is set aside, everything
    /// else applied once and in order per subject, and nothing is acked before it is applied or quarantined: the queue
    /// ends empty with every event accounted for.</summary>
    [Fact]
    public async Task The_next_batch_is_admitted_while_one_applies_keeping_each_subjects_order_and_setting_a_forged_event_aside()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        using var gate = new AheadGate(federation.Topic);
        const string forged = "q200-";
        var subjects = Enumerable.Range(1, 300).Select(s => $"q{s}-").ToList();
        byte[] Event(string s, int n) => CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside,
            CloudEvents.Probe($"{s}{n}"), subject: s, sequence: n,
            tamper: s == forged && n == 2 ? json => { json["data"]!["key"] = "forged"; return json; } : null);
        var bodies = Enumerable.Range(1, 2).SelectMany(n => subjects.Select(s => Event(s, n))).ToList();

        await BatchedApplyTests.ReceiveAsync(database, federation, bodies,
            async () => (Applied: (await BatchedApplyTests.AppliedAsync(database)).Count, Quarantined: await broker.MessageCountAsync(federation.Quarantine)),
            settled => settled.Applied == 599 && settled.Quarantined == 1, ordered: true, gate: gate, onArrival: false);

        await AssertAppliedOnceInOrderBesideTheForgedAsync(database, federation, subjects, forged, 599);
        Assert.True(gate.AdmittedBy("ahead") > 0, "events were admitted while the batch before theirs applied");
        Assert.Equal(0L, gate.AdmittedBy("arrival"));
        Assert.True(await BatchedApplyTests.TransactionsAsync(database) < 599 / 32, "the backlog was applied in rounds");
        await using var db = database.NewContext();
        Assert.Equal(599, await db.InboxMessages.CountAsync(i => i.Consumer != "federation#sequence"));
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
    }

    /// <summary>Decision 0828: each delivery is admitted as it arrives, while the round before its own is held (each
    /// round held until an event more has been admitted before its batch was due), by whichever thread claims it first.
    /// Every event's signature is verified once, the claimants' admissions add up to the events, the forged event is
    /// set aside and the others are applied once, in order per subject.</summary>
    [Fact]
    public async Task Deliveries_admitted_as_they_arrive_are_verified_once_each_applied_once_in_order_and_a_forged_one_set_aside()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        using var gate = new AheadGate(federation.Topic, federation.AppId);
        const string forged = "a150-";
        var subjects = Enumerable.Range(1, 200).Select(s => $"a{s}-").ToList();
        // signed alone (before 0721), so that a second admission of an event would verify, and count, again
        byte[] Event(string s, int n) => CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), Inside,
            CloudEvents.Probe($"{s}{n}"), subject: s, sequence: n,
            tamper: s == forged && n == 2 ? json => { json["data"]!["key"] = "forged"; return json; } : null, alone: true);
        var bodies = Enumerable.Range(1, 2).SelectMany(n => subjects.Select(s => Event(s, n))).ToList();

        await BatchedApplyTests.ReceiveAsync(database, federation, bodies,
            async () => (Applied: (await BatchedApplyTests.AppliedAsync(database)).Count, Quarantined: await broker.MessageCountAsync(federation.Quarantine)),
            settled => settled.Applied == 399 && settled.Quarantined == 1, ordered: true, gate: gate);

        await AssertAppliedOnceInOrderBesideTheForgedAsync(database, federation, subjects, forged, 399);
        var claims = new[] { "arrival", "ahead", "due", "alone" }.ToDictionary(by => by, gate.AdmittedBy);
        var claimants = string.Join(", ", claims.Select(c => $"{c.Key} {c.Value}"));
        output.WriteLine($"admitted by {claimants}; {gate.Verified} verified");
        Assert.True(claims["arrival"] > 0, "events were admitted as they arrived, while a round was held");
        Assert.Equal(400, claims.Values.Sum());
        Assert.Equal(400, gate.Verified);
        await using var db = database.NewContext();
        Assert.Equal(399, await db.InboxMessages.CountAsync(i => i.Consumer != "federation#sequence"));
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
    }

    /// <summary>Each subject's two events applied once and in order, the forged one's second set aside.</summary>
    private static async Task AssertAppliedOnceInOrderBesideTheForgedAsync(
        OutboxDatabase database, FederationBroker federation, IReadOnlyList<string> subjects, string forged, int count)
    {
        var applied = await BatchedApplyTests.AppliedAsync(database);
        Assert.Equal(count, applied.Distinct().Count());
        foreach (var s in subjects.Where(s => s != forged))
            Assert.Equal([$"0:{s}1", $"1:{s}2"], applied.Where(k => k.EndsWith($":{s}1") || k.EndsWith($":{s}2")).Order());
        Assert.Equal([$"0:{forged}1"], applied.Where(k => k.Contains($":{forged}")));
        Assert.Equal(["forged"], await federation.TakeQuarantinedKeysAsync());
    }
}
