using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>计时恢复: the excluded working days move the due date and every pending step's deadline.</summary>
public sealed class ClockResumedConsumer(SupervisionDbContext db) : InboxConsumer<ClockResumed, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(ClockResumed m) => m.CaseId;

    protected override async Task Handle(ClockResumed m, ConsumeContext<ClockResumed> context)
    {
        var @case = await ApprovalFacts.WatchedAsync(Db, m.CaseId, context.CancellationToken);
        @case.ResumeClock(m.Kind, m.StoppedWorkingDays, m.DueDate, m.ResumedAt);
        if (m.StoppedWorkingDays > 0)
            DailyCounts.Add(Db, @case, m.ResumedOn, new Tally(StoppedWorkingDays: m.StoppedWorkingDays));
    }
}
