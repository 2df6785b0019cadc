using System.Collections.Concurrent;
using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Builds on a widget named like its key, as supervision's approval events build on the case's acceptance:
/// early (no widget yet) it throws <see cref="EventOvertakenException"/>. Records how often each delivery had been
/// sent back to its queue.</summary>
public sealed class OvertakingProbeConsumer(TestDbContext db, OvertakingProbeConsumer.Deliveries deliveries)
    : InboxConsumer<OvertakingProbe, TestDbContext>(db)
{
    public sealed class Deliveries
    {
        public ConcurrentQueue<int> Requeued { get; } = new();
    }

    protected override async Task Handle(OvertakingProbe message, ConsumeContext<OvertakingProbe> context)
    {
        deliveries.Requeued.Enqueue(context.Headers.Get<int>("Linkage-Overtaken") ?? 0);
        if (!await Db.Widgets.AnyAsync(w => w.Name == message.Key))
            throw new EventOvertakenException($"Widget {message.Key} has not arrived yet.");
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(OvertakingProbeConsumer) });
    }
}
