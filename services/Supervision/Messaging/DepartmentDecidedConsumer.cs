using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>A department decided its task: the step is done, on time or not, and counted on the department's row.
/// The same decision sent again is already applied and changes nothing (decision 0525).</summary>
public sealed class DepartmentDecidedConsumer(SupervisionDbContext db) : InboxConsumer<DepartmentDecided, SupervisionDbContext>(db)
{
    protected override async Task Handle(DepartmentDecided m, ConsumeContext<DepartmentDecided> context)
    {
        var @case = await ApprovalFacts.WithStepsAsync(Db, m.CaseId, [(m.TaskId, m.DepartmentId, ChinaTime.ToLocalDate(m.DecidedAt))],
            context.CancellationToken);
        if (@case.DecideStep(m.TaskId, m.DepartmentId, m.Decision, m.DecidedAt) is { } decided)
            DailyCounts.AddStep(Db, @case, m.DepartmentId, ChinaTime.ToLocalDate(m.DecidedAt), decided);
    }
}
