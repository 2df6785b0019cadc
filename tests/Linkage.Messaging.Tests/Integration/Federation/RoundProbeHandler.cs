using System.Collections.Concurrent;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Counts each probe into the tally named after its key, as intake's arrival handler updates its case: a round
/// reads all its tallies in one statement first (decision 0648) and a tally it added is found by its later events.</summary>
public sealed class RoundProbeHandler(TestDbContext db, RoundLog log) : FederationInboxHandler<FederationProbe, TestDbContext>(db)
{
    private Dictionary<string, Tally>? round;

    protected override bool AppliesInOneBatch => true;

    protected override async Task Prepare(IReadOnlyList<FederationProbe> payloads, CancellationToken ct)
    {
        var keys = payloads.Select(p => p.Key).Distinct().ToList();
        round = await Db.Tallies.Where(t => keys.Contains(t.Name)).ToDictionaryAsync(t => t.Name, ct);
        log.Rounds.Add(payloads.Count);
    }

    protected override async Task Handle(FederationEvent envelope, FederationProbe payload, CancellationToken ct)
    {
        var tally = round is null ? await Db.Tallies.FirstOrDefaultAsync(t => t.Name == payload.Key, ct) : round.GetValueOrDefault(payload.Key);
        if (tally is null)
        {
            tally = new Tally { Name = payload.Key };
            Db.Tallies.Add(tally);
            round?.Add(tally.Name, tally);
        }
        tally.Total += payload.Level;
        tally.Moves++;
        Db.Applied.Add(new Applied { Key = envelope.Id, Handler = payload.Key });
    }
}

/// <summary>How many events each prepared round held.</summary>
public sealed class RoundLog
{
    public ConcurrentBag<int> Rounds { get; } = [];
}
