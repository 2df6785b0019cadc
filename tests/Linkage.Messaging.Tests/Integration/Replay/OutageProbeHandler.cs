using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Replay;

/// <summary>Applies a subject's probes in order, recording the position ("0:a", "1:b"…), but fails every one while
/// the <see cref="Outage"/> lasts (the receiver's database away).</summary>
public sealed class OutageProbeHandler(TestDbContext db, OutageProbeHandler.Outage outage)
    : FederationInboxHandler<FederationProbe, TestDbContext>(db)
{
    public sealed class Outage
    {
        public volatile bool Down;
    }

    protected override async Task Handle(FederationEvent envelope, FederationProbe payload, CancellationToken ct)
    {
        if (outage.Down) throw new InvalidOperationException($"Probe {payload.Key}: the database is away");
        var position = await Db.Applied.CountAsync(a => a.Handler == envelope.Subject, ct);
        Db.Applied.Add(new Applied { Key = $"{position}:{payload.Key}", Handler = envelope.Subject ?? "" });
    }
}
