using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>计时暂停 (行政许可法 Art. 45): the case is not judged while its clock stands still.</summary>
public sealed class ClockStoppedConsumer(SupervisionDbContext db) : InboxConsumer<ClockStopped, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(ClockStopped m) => m.CaseId;

    protected override async Task Handle(ClockStopped m, ConsumeContext<ClockStopped> context)
    {
        var @case = await ApprovalFacts.WatchedAsync(Db, m.CaseId, context.CancellationToken);
        @case.StopClock(m.Kind, m.DepartmentId, m.StoppedOn, m.StoppedAt);
    }
}
