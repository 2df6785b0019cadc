using Linkage.Messaging.Tests.Infrastructure;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Records each application; a negative level makes it fail (a handler bug or an outage); level 2 also
/// writes a holder named after the key (at most 200 characters: a longer key fails at the database).</summary>
public sealed class FederationProbeHandler(TestDbContext db, ProbeBatching? batching = null)
    : FederationInboxHandler<FederationProbe, TestDbContext>(db)
{
    protected override bool AppliesInOneBatch => batching?.InOneBatch == true;

    protected override async Task Handle(FederationEvent envelope, FederationProbe payload, CancellationToken ct)
    {
        if (payload.Level < 0) throw new InvalidOperationException($"Probe {payload.Key} fails");
        Db.Applied.Add(new Applied { Key = payload.Key, Handler = envelope.TargetDivision ?? "" });
        if (payload.Level == 2) Db.Holders.Add(new Holder { Name = payload.Key });
        await Task.Delay(20, ct);
    }
}
