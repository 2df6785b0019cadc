using System.Text.Json.Nodes;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0746: with the default prefetch (three batches), the batch after the next is already waiting when the
/// next one is due, so a catch-up's backlog is taken batch after batch ahead (0718), not every other batch when due.</summary>
public sealed class BacklogAheadTests(ITestOutputHelper output)
{
    private const string Inside = "330102001000";
    private const int Batch = 256; // ApplyBatchSize's default

    /// <summary>Eight batches' worth of first events, one per case, signed in rounds of eight as a sender's outbox signs
    /// them (0721), wait in the queue. The first full batch is taken when due (nothing is ahead of it); the full batches
    /// after it are taken while the one before applies. Each event is applied once.</summary>
    [Fact]
    public async Task Every_full_batch_of_a_backlog_but_the_first_is_taken_while_the_one_before_it_applies()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        const int events = 8 * Batch;
        var bodies = Enumerable.Range(0, events / 8).SelectMany(r => CloudEvents.RoundAsDaprWouldSend(federation.Topic, Inside,
            Enumerable.Range(0, 8).Select(i => ($"c{r}-{i}", 1L, (JsonNode)CloudEvents.Probe($"c{r}-{i}"))))).ToList();
        using var batches = new AheadGate(federation.Topic);

        await BatchedApplyTests.ReceiveAsync(database, federation, bodies, async () => (await BatchedApplyTests.AppliedAsync(database)).Count,
            n => n == events, within: TimeSpan.FromMinutes(5));
        output.WriteLine($"batches: {batches.BatchSizes}; {batches.Stages}");

        Assert.Equal(events, (await BatchedApplyTests.AppliedAsync(database)).Distinct().Count());
        await using (var db = database.NewContext())
            Assert.Equal(events, await db.InboxMessages.CountAsync(i => i.Consumer != "federation#sequence"));
        // the first full batch has nothing before it; one more is allowed when the broker's first fill of the prefetch
        // is still arriving as the first is due (with two batches' prefetch every other one was: 4 of 7 here)
        Assert.True(batches.Batches("when due", Batch) <= 2, $"full batches taken when due: {batches.BatchSizes}");
        Assert.True(batches.Batches("ahead", Batch) >= 5, $"the full batches after the first were taken ahead: {batches.BatchSizes}");
        Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));
    }
}
