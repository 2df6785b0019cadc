using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;

namespace Linkage.Messaging.Tests.Inbox;

public sealed class PoisonProbeConsumer(TestDbContext db) : InboxConsumer<PoisonProbe, TestDbContext>(db)
{
    protected override Task Handle(PoisonProbe message, ConsumeContext<PoisonProbe> context)
    {
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(PoisonProbeConsumer) });
        if (message.Poison) throw new InvalidOperationException($"Poison message {message.Key}");
        return Task.CompletedTask;
    }
}
