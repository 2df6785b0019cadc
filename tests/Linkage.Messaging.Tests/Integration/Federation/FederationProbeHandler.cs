using Linkage.Messaging.Tests.Infrastructure;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Records each application; a negative level makes it fail (a handler bug or an outage).</summary>
public sealed class FederationProbeHandler(TestDbContext db) : FederationInboxHandler<FederationProbe, TestDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, FederationProbe payload, CancellationToken ct)
    {
        if (payload.Level < 0) throw new InvalidOperationException($"Probe {payload.Key} fails");
        Db.Applied.Add(new Applied { Key = payload.Key, Handler = envelope.TargetDivision ?? "" });
        await Task.Delay(20, ct);
    }
}
