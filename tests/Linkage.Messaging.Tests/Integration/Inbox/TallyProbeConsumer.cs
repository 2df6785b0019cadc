using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Applied in one batch like intake's CaseApproved and CertificateIssued (decision 0619): reads a versioned
/// row that other messages update too, adds its amount, records itself and queues a follow-up event. It waits at the
/// <see cref="RaceGate"/> between its read and its write.</summary>
public sealed class TallyProbeConsumer(TestDbContext db, RaceGate gate) : InboxConsumer<TallyProbe, TestDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(TallyProbe message, ConsumeContext<TallyProbe> context)
    {
        var tally = await Db.Tallies.SingleAsync(t => t.Name == message.Row, context.CancellationToken);
        await gate.PassAsync(message.Key, Db.Entry(tally).Property<uint>("xmin").CurrentValue, context.CancellationToken);
        tally.Total += message.Amount;
        tally.Moves++;
        Db.Applied.Add(new Applied { Key = message.Key, Handler = nameof(TallyProbeConsumer) });
        Db.Publish(new TallyMoved(message.Key), message.Key);
    }
}
