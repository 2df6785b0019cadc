using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>In the inbox's explicit transaction (decision 0654): its first query asks for its own inbox row, which went
/// in the same command just before it, and it records what it saw. A probe marked to fail throws after that query.
/// Slow enough for duplicates to race.</summary>
public sealed class FirstReadProbeConsumer(TestDbContext db) : InboxConsumer<FirstReadProbe, TestDbContext>(db)
{
    public const string RowSeenFirst = "inbox row seen by the first query";

    protected override async Task Handle(FirstReadProbe message, ConsumeContext<FirstReadProbe> context)
    {
        var ct = context.CancellationToken;
        var seen = await Db.InboxMessages.AnyAsync(i => i.MessageId == context.MessageId, ct);
        if (message.Fail) throw new InvalidOperationException($"{message.Key} fails after its first query");
        Db.Applied.Add(new Applied { Key = message.Key, Handler = seen ? RowSeenFirst : "inbox row not seen" });
        Db.Publish(new HolderOpened(message.Key), message.Key);
        await Task.Delay(50, ct);
    }
}
