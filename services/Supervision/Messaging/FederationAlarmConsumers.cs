using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>跨级事件隔离: a red card under the deployment's own division for each federation event it refused, once
/// per refusal however often reported (decision 0624).</summary>
public sealed class FederationEventQuarantinedConsumer(SupervisionDbContext db)
    : InboxConsumer<FederationEventQuarantined, SupervisionDbContext>(db)
{
    protected override Task Handle(FederationEventQuarantined m, ConsumeContext<FederationEventQuarantined> context) =>
        AlarmCards.RaiseOnceAsync(Db, Alarm.Quarantined(m.AlarmId, m.Topic, m.Reason, m.Division, m.QuarantinedAt), context.CancellationToken);
}

/// <summary>跨级事件死信: a red card under the deployment's own division for each federation event that went to
/// <c>dlq-*</c>, once per dead-lettering however often reported (decision 0557).</summary>
public sealed class FederationEventDeadLetteredConsumer(SupervisionDbContext db)
    : InboxConsumer<FederationEventDeadLettered, SupervisionDbContext>(db)
{
    protected override Task Handle(FederationEventDeadLettered m, ConsumeContext<FederationEventDeadLettered> context) =>
        AlarmCards.RaiseOnceAsync(Db, Alarm.DeadLettered(m.AlarmId, m.Topic, m.Reason, m.Division, m.DeadLetteredAt), context.CancellationToken);
}

/// <summary>A federation event came back (replayed or retried, and applied; or a parked outbox row crossed): its open
/// dead-letter and quarantine cards are resolved by the system with the event's note of what happened (0557, 0613, 0687).</summary>
public sealed class FederationEventRecoveredConsumer(SupervisionDbContext db)
    : InboxConsumer<FederationEventRecovered, SupervisionDbContext>(db)
{
    protected override async Task Handle(FederationEventRecovered m, ConsumeContext<FederationEventRecovered> context)
    {
        var ids = m.AlarmIds.ToList();
        var cards = await Db.Alarms.Where(a => ids.Contains(a.Id) && (a.Kind == AlarmKind.EventDeadLetter || a.Kind == AlarmKind.EventQuarantined)
                && a.ResolvedAt == null)
            .ToListAsync(context.CancellationToken);
        foreach (var card in cards.Where(c => c.Resolve(Alarm.System, m.AppliedAt, m.Note ?? $"replayed and applied: {m.EventId}")))
            Db.Publish(AlarmEvents.Resolved(card), card.CaseId.ToString());
    }
}
