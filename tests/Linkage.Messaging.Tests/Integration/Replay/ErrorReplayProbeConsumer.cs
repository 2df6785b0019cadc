using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;

namespace Linkage.Messaging.Tests.Replay;

/// <summary>Fails every delivery (a bug, not a transient failure) until the test repairs it.</summary>
public sealed class ErrorReplayProbeConsumer(TestDbContext db, ErrorReplayProbeConsumer.Repair repair)
    : InboxConsumer<ErrorReplayProbe, TestDbContext>(db)
{
    public sealed class Repair
    {
        public volatile bool Done;
    }

    protected override Task Handle(ErrorReplayProbe message, ConsumeContext<ErrorReplayProbe> context)
    {
        if (!repair.Done) throw new InvalidOperationException($"Cannot handle {message.Key} yet");
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(ErrorReplayProbeConsumer) });
        return Task.CompletedTask;
    }
}
