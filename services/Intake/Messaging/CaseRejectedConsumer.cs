using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

public sealed class CaseRejectedConsumer(IntakeDbContext db, TimeProvider clock) : InboxConsumer<CaseRejected, IntakeDbContext>(db)
{
    protected override Task Handle(CaseRejected message, ConsumeContext<CaseRejected> context) =>
        CaseCompletion.CompleteAsync(Db, message.CaseId, "rejected", message.RejectedAt, clock, context.CancellationToken);
}
