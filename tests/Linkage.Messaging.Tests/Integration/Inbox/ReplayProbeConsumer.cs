using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Applies a probe by writing a row and queueing a follow-up event; slow enough for duplicates to race.</summary>
public sealed class ReplayProbeConsumer(TestDbContext db) : InboxConsumer<ReplayProbe, TestDbContext>(db)
{
    protected override async Task Handle(ReplayProbe message, ConsumeContext<ReplayProbe> context)
    {
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(ReplayProbeConsumer) });
        Db.Publish(new ReplayFollowUp(message.Key), message.Key);
        await Task.Delay(50, context.CancellationToken);
    }
}
