using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>跨级事件隔离: a red card under the deployment's own division for each federation event it refused, once
/// per refusal however often reported (decision 0624).</summary>
public sealed class FederationEventQuarantinedConsumer(SupervisionDbContext db)
    : InboxConsumer<FederationEventQuarantined, SupervisionDbContext>(db)
{
    protected override Task Handle(FederationEventQuarantined m, ConsumeContext<FederationEventQuarantined> context) =>
        AlarmCards.RaiseOnceAsync(Db, Alarm.Quarantined(m.AlarmId, m.Topic, m.Reason, m.Division, m.QuarantinedAt), context.CancellationToken);
}
