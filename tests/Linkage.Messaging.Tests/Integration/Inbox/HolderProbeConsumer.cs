using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Shaped like approval's CaseAccepted consumer: a read, then rows in a bounded column, a log row and a
/// follow-up event in one batch.</summary>
public sealed class HolderProbeConsumer(TestDbContext db) : InboxConsumer<HolderProbe, TestDbContext>(db)
{
    protected override async Task Handle(HolderProbe message, ConsumeContext<HolderProbe> context)
    {
        if (await Db.Applied.AnyAsync(a => a.Key == message.Key, context.CancellationToken)) return;
        Db.Holders.Add(new Holder { Name = message.Name });
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(HolderProbeConsumer) });
        Db.Publish(new HolderOpened(message.Key), message.Key);
    }
}
