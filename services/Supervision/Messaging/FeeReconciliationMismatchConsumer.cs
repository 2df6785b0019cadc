using Linkage.Contracts.Events.Fees;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>收费日对账不符: a red card for the centre's subtree, once per reconciliation.</summary>
public sealed class FeeReconciliationMismatchConsumer(SupervisionDbContext db) : InboxConsumer<FeeReconciliationMismatch, SupervisionDbContext>(db)
{
    protected override Task Handle(FeeReconciliationMismatch m, ConsumeContext<FeeReconciliationMismatch> context) =>
        AlarmCards.RaiseOnceAsync(Db, Alarm.FeeMismatch(m.ReconciliationId, m.DepartmentId, m.HandlingDivision, m.Day, m.FlaggedAt),
            context.CancellationToken);
}
