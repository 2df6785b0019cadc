using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>收件: the acceptance step starts under the receiving region's limit in working days (0595), owed by the
/// receiving unit, which is also the window its cards count under (0589).</summary>
public sealed class CaseSubmittedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock)
    : InboxConsumer<CaseSubmitted, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no counters, no locks: tracked rows only (decision 0606)

    protected override async Task Handle(CaseSubmitted m, ConsumeContext<CaseSubmitted> context)
    {
        var ct = context.CancellationToken;
        var limit = (await rules.ForAsync(Db, m.SubmittedAtDivision, ct)).AcceptanceWorkingDays;
        var deadline = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(m.SubmittedAt), limit);
        var receiving = new StepOwner(m.SubmittedAtDivision, m.SubmittedAtOrgUnitId, m.MatterCode, m.SubmittedAtOrgUnitId);
        var step = await Milestones.StartAsync(Db, m.CaseId, MilestoneKind.Acceptance, m.CaseNumber, receiving, m.SubmittedAt,
            deadline, clock.GetUtcNow(), ct);
        step.Arm();
    }
}
