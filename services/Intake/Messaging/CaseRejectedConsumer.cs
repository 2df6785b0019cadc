using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Features.Shared;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

public sealed class CaseRejectedConsumer(IntakeDbContext db, CaseSaves saves) : InboxConsumer<CaseRejected, IntakeDbContext>(db)
{
    protected override Task Handle(CaseRejected message, ConsumeContext<CaseRejected> context) =>
        CaseCompletion.CompleteAsync(Db, saves, message.CaseId, "rejected", message.RejectedAt, context.CancellationToken);
}
