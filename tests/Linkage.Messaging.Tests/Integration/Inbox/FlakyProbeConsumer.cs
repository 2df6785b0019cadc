using System.Collections.Concurrent;
using System.Net.Sockets;
using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Fails like a module that is still starting (connection refused) until it has failed often enough.</summary>
public sealed class FlakyProbeConsumer(TestDbContext db, FlakyProbeConsumer.Attempts attempts)
    : InboxConsumer<FlakyProbe, TestDbContext>(db)
{
    public sealed class Attempts
    {
        public ConcurrentDictionary<string, int> ByKey { get; } = new();
    }

    protected override Task Handle(FlakyProbe message, ConsumeContext<FlakyProbe> context)
    {
        var attempt = attempts.ByKey.AddOrUpdate(message.Key, 1, (_, n) => n + 1);
        if (attempt <= message.FailuresBeforeSuccess) throw new SocketException((int)SocketError.ConnectionRefused);
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(FlakyProbeConsumer) });
        return Task.CompletedTask;
    }
}
