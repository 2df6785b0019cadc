using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>不予许可: a refusal must give its reasons (行政许可法 Art. 38). A department refusing without one raises a
/// red card at once — a trigger, not a deadline, so the sweep leaves it to a person to resolve.</summary>
public sealed class CaseRejectedConsumer(SupervisionDbContext db, TimeProvider clock) : InboxConsumer<CaseRejected, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(CaseRejected m) => m.CaseId;

    protected override bool AppliesInOneBatch => true; // no locks, tracked rows and tallies only (decision 0619)

    protected override async Task Handle(CaseRejected m, ConsumeContext<CaseRejected> context)
    {
        var @case = await ApprovalFacts.WatchedAsync(Db, m.CaseId, context.CancellationToken);
        var unreasoned = m.Reasons.Where(r => string.IsNullOrWhiteSpace(r.Reason)).Select(r => (string?)r.DepartmentId).ToList();
        if (m.Reasons.Count == 0) unreasoned.Add(null);
        @case.RecordRefusal(m.RejectedAt, unreasoned.Count == 0 ? "with reasons" : $"{unreasoned.Count} without a reason");
        var on = ChinaTime.ToLocalDate(m.RejectedAt);
        foreach (var department in unreasoned)
        {
            var card = Alarm.RefusalNoReason(@case, department, on, clock.GetUtcNow());
            Db.Alarms.Add(card);
            Db.Publish(AlarmEvents.Raised(card), @case.Id.ToString());
            DailyCounts.Add(Db, @case, on, Tally.Card(AlertLevel.Red));
        }
    }
}
