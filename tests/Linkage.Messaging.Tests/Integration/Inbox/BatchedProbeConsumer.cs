using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Applied in one batch (decision 0594): a read, a row, a row in a bounded column and a follow-up event.
/// It refuses a repeat it can see, as a domain rule would; slow enough for duplicates to race.</summary>
public sealed class BatchedProbeConsumer(TestDbContext db) : InboxConsumer<BatchedProbe, TestDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(BatchedProbe message, ConsumeContext<BatchedProbe> context)
    {
        if (await Db.Applied.AnyAsync(a => a.Key == message.Key, context.CancellationToken))
            throw new InvalidOperationException($"{message.Key} was applied already");
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(BatchedProbeConsumer) });
        Db.Holders.Add(new Holder { Name = message.Name });
        Db.Publish(new HolderOpened(message.Key), message.Key);
        await Task.Delay(50, context.CancellationToken);
    }
}
