using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>延期 (行政许可法 Art. 42): an extended case is judged against its extended due date.</summary>
public sealed class DeadlineExtendedConsumer(SupervisionDbContext db) : InboxConsumer<DeadlineExtended, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(DeadlineExtended m) => m.CaseId;

    protected override async Task Handle(DeadlineExtended m, ConsumeContext<DeadlineExtended> context)
    {
        var @case = await ApprovalFacts.WithStepsAsync(Db, m.CaseId, [(m.TaskId, m.DepartmentId, m.Deadline)], context.CancellationToken);
        @case.Extend(m.TaskId, m.DepartmentId, m.WorkingDays, m.Deadline, m.CaseDueDate, m.ExtendedAt);
    }
}
