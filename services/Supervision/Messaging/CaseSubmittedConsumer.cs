using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>收件: the acceptance step starts under the receiving region's limit in working days (0595).</summary>
public sealed class CaseSubmittedConsumer(SupervisionDbContext db, EffectiveRules defaults, TimeProvider clock)
    : InboxConsumer<CaseSubmitted, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no counters, no locks: tracked rows only (decision 0606)

    protected override async Task Handle(CaseSubmitted m, ConsumeContext<CaseSubmitted> context)
    {
        var ct = context.CancellationToken;
        var limit = (await RuleBooks.ForAsync(Db, defaults, m.SubmittedAtDivision, ct)).AcceptanceWorkingDays;
        var deadline = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(m.SubmittedAt), limit);
        var step = await Milestones.StartAsync(Db, m.CaseId, MilestoneKind.Acceptance, m.CaseNumber, m.SubmittedAtDivision, m.SubmittedAt,
            deadline, clock.GetUtcNow(), ct);
        step.Arm();
    }
}
