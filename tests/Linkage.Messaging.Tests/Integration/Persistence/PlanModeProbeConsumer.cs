using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Persistence;

/// <summary>Applies probes in rounds, or alone in a transaction of its own when marked so, and records as each probe's
/// handler the <c>plan_cache_mode</c> its round's read ran with (decision 0826).</summary>
public sealed class PlanModeProbeConsumer(TestDbContext db) : InboxBatchConsumer<PlanModeProbe, TestDbContext>(db)
{
    private string mode = "";

    protected override bool AppliesAlone(PlanModeProbe message) => message.Alone;

    protected override async Task Prepare(IReadOnlyList<PlanModeProbe> messages, CancellationToken ct) =>
        mode = await PlanCacheMode.ReadAsync(Db, ct);

    protected override Task Handle(PlanModeProbe message, ConsumeContext<PlanModeProbe> context)
    {
        Db.Applied.Add(new Applied { Key = message.Key, Handler = mode });
        return Task.CompletedTask;
    }
}

/// <summary>The session's <c>plan_cache_mode</c>, read through a context.</summary>
public static class PlanCacheMode
{
    public static Task<string> ReadAsync(DbContext db, CancellationToken ct = default) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync(ct);
}
