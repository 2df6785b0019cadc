using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>A round's federation rows are signed before they are published, under one signature (decisions 0593, 0721): on the wire
/// every event still verifies, comes once and keeps its case's order, and the receiver applies each once, in order.</summary>
public sealed class BatchSigningTests
{
    private const int Cases = 8;
    private const int EventsPerCase = 6;

    [Fact]
    public async Task A_batch_of_events_from_several_cases_arrives_signed_once_each_and_in_per_case_order()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddFederationBus(config);
            services.AddFederationHandler<FederationProbe, OrderedProbeHandler>(federation.Topic);
        }, federation.Settings());
        try
        {
            await using var tap = await RawQueue.BindAsync(broker, federation.Topic, declareExchange: false);
            await using (var db = database.NewContext())
            {
                // one commit: every round claims the oldest pending event of each case, so rounds hold several cases
                for (var n = 1; n <= EventsPerCase; n++)
                for (var c = 0; c < Cases; c++)
                    db.PublishFederated(new FederationProbe($"c{c}-e{n}", 1, n), new FederationRoute(federation.Topic, $"case-{c}", "330102001000"));
                await db.SaveChangesAsync();
            }

            var wire = (await tap.TakeAsync(Cases * EventsPerCase, TimeSpan.FromSeconds(60))).Select(RawQueue.Json).ToList();

            Assert.Equal(Cases * EventsPerCase, wire.Count);
            Assert.Empty(await tap.TakeAsync(1, TimeSpan.FromSeconds(2)));
            Assert.Equal(wire.Count, wire.Select(e => e.GetProperty("id").GetString()).Distinct().Count());
            var trust = host.Services.GetRequiredService<FederationTrust>();
            Assert.All(wire, e => Assert.Null(trust.Verify(FederationEvent.Parse(System.Text.Encoding.UTF8.GetBytes(e.GetRawText())))));
            // one signature a round, over its tree's root; each event with its own path (decision 0721)
            Assert.All(wire, e => Assert.Matches(@"^\d+/\d+:", e.GetProperty("signaturepath").GetString()));
            Assert.True(wire.Select(e => e.GetProperty("signature").GetString()).Distinct().Count() < wire.Count, "events of a round share its signature");
            var inOrder = Enumerable.Range(1, EventsPerCase).Select(n => (long)n).ToArray();
            foreach (var subject in wire.GroupBy(e => e.GetProperty("subject").GetString()))
                Assert.Equal(inOrder, subject.Select(e => e.GetProperty("sequence").GetInt64()).ToArray());

            await Wait.Until(() => AppliedAsync(database), a => a.Count >= Cases * EventsPerCase, what: "every event applied");
            await Wait.Until(() => broker.MessageCountAsync(federation.Queue), n => n == 0, what: "an empty queue");
            var applied = await AppliedAsync(database);
            Assert.Equal(Cases * EventsPerCase, applied.Count);
            for (var c = 0; c < Cases; c++)
                Assert.Equal(Enumerable.Range(1, EventsPerCase).Select(n => $"{n - 1}:c{c}-e{n}"),
                    applied.Where(a => a.Handler == $"case-{c}").Select(a => a.Key).Order(StringComparer.Ordinal));
            Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<List<Applied>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.AsNoTracking().ToListAsync();
    }
}
