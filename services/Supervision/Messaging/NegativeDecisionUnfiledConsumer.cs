using Linkage.Contracts.Events.Office;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>否定报备缺失: a red card on the case for the handling centre's subtree, once per filing.</summary>
public sealed class NegativeDecisionUnfiledConsumer(SupervisionDbContext db) : InboxConsumer<NegativeDecisionUnfiled, SupervisionDbContext>(db)
{
    protected override Task Handle(NegativeDecisionUnfiled m, ConsumeContext<NegativeDecisionUnfiled> context) =>
        AlarmCards.RaiseOnceAsync(Db, Alarm.NegativeUnfiled(m.FilingId, m.CaseId, m.CaseNumber, m.HandlingDivision, m.DecidedAt, m.FlaggedAt),
            context.CancellationToken);
}
