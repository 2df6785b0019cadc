using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

/// <summary>延期: a department's extension may move the case's due date.</summary>
public sealed class DeadlineExtendedConsumer(IntakeDbContext db) : InboxConsumer<DeadlineExtended, IntakeDbContext>(db)
{
    protected override Task Handle(DeadlineExtended m, ConsumeContext<DeadlineExtended> context) =>
        DueDateMoves.ApplyAsync(Db, m.CaseId, m.CaseDueDate, m.ExtendedAt, context.CancellationToken);
}
