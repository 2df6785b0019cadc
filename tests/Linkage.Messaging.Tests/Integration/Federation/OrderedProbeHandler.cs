using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Records the position at which each probe was applied ("0:a", "1:b"…), to see the order.</summary>
public class OrderedProbeHandler(TestDbContext db, ProbeBatching? batching = null)
    : FederationInboxHandler<FederationProbe, TestDbContext>(db)
{
    protected override bool AppliesInOneBatch => batching?.InOneBatch == true;

    protected override async Task Handle(FederationEvent envelope, FederationProbe payload, CancellationToken ct)
    {
        var position = await Db.Applied.CountAsync(a => a.Handler == envelope.Subject, ct);
        Db.Applied.Add(new Applied { Key = $"{position}:{payload.Key}", Handler = envelope.Subject ?? "" });
    }
}
