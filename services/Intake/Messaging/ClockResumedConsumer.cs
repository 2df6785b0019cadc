using Linkage.Contracts.Events.Approval;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Intake.Messaging;

/// <summary>计时恢复: the stopped working days moved the due date.</summary>
public sealed class ClockResumedConsumer(IntakeDbContext db) : InboxConsumer<ClockResumed, IntakeDbContext>(db)
{
    protected override Task Handle(ClockResumed m, ConsumeContext<ClockResumed> context) =>
        DueDateMoves.ApplyAsync(Db, m.CaseId, m.DueDate, m.ResumedAt, context.CancellationToken);
}
