using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>As intake's arrival handler starts a forwarded case's life cycle: each event applied in a round queues an
/// integration event for its subject (<see cref="ArrivedProbe"/>, the city's <c>CaseAccepted</c>).</summary>
public sealed class ArrivalProbeHandler(TestDbContext db) : FederationInboxHandler<FederationProbe, TestDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    protected override Task Handle(FederationEvent envelope, FederationProbe payload, CancellationToken ct)
    {
        Db.Publish(new ArrivedProbe(envelope.Subject!, envelope.Sequence!.Value), envelope.Subject!);
        return Task.CompletedTask;
    }
}

/// <summary>The life cycle's side: what it was given, in the order given.</summary>
public sealed class ArrivedProbeConsumer(DeliveryLog<ArrivedProbe> log) : IConsumer<ArrivedProbe>
{
    public Task Consume(ConsumeContext<ArrivedProbe> context)
    {
        log.Received.Enqueue((context.MessageId!.Value, context.Message));
        return Task.CompletedTask;
    }
}
