using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;

namespace Linkage.Messaging.Tests.Outbox;

/// <summary>Applies a chain probe through the inbox: a probe published twice shows as one row, applied once.</summary>
public sealed class BehindProbeConsumer(TestDbContext db) : InboxConsumer<ChainProbe, TestDbContext>(db)
{
    protected override Task Handle(ChainProbe message, ConsumeContext<ChainProbe> context)
    {
        Db.Applied.Add(new Applied { Key = $"{message.Aggregate}-{message.N}", Handler = nameof(BehindProbeConsumer) });
        return Task.CompletedTask;
    }
}
