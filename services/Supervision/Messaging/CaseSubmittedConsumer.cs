using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>收件: the acceptance step starts under the receiving region's limit in working days (0595), owed by the
/// receiving unit, which is also the window its cards count under (0589). The application counts as received that day
/// where it will be handled (0509): not in a station's deployment forwarding it to another, nor from a sender that does
/// not name the handling unit; the case's first watch counts it then.</summary>
public sealed class CaseSubmittedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock, FederationOptions federation)
    : InboxConsumer<CaseSubmitted, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks: tracked rows and tallies only (decision 0606)

    protected override async Task Handle(CaseSubmitted m, ConsumeContext<CaseSubmitted> context)
    {
        var ct = context.CancellationToken;
        var limit = (await rules.ForAsync(Db, m.SubmittedAtDivision, ct)).AcceptanceWorkingDays;
        var deadline = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(m.SubmittedAt), limit);
        var receiving = new StepOwner(m.SubmittedAtDivision, m.SubmittedAtOrgUnitId, m.MatterCode, m.SubmittedAtOrgUnitId);
        var step = await Milestones.StartAsync(Db, m.CaseId, MilestoneKind.Acceptance, m.CaseNumber, receiving, m.SubmittedAt,
            deadline, clock.GetUtcNow(), ct);
        step.Arm();
        if (m is { HandlingDivision: { } division, HandlingOrgUnitId: { } unit } && federation.Scope.Covers(division))
            await Receipts.CountAsync(Db, Receipt.Of(m.CaseId, ChinaTime.ToLocalDate(m.SubmittedAt), division, unit, m.MatterCode,
                m.SubmittedAtOrgUnitId, m.SubmittedAtDivision), ct);
    }
}
