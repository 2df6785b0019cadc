using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>准予许可: the licence's issuance and delivery steps start, due the handling region's days after the
/// decision (行政许可法 Art. 44: 10 days; 0595), owed by the handling unit; its cards count under the case's window (0589).
/// The approval is also the sign-off's end (0631): kept even before the step is known, and judged when it is.</summary>
public sealed class CaseApprovedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock)
    : InboxConsumer<CaseApproved, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows only (decision 0619)

    protected override async Task Handle(CaseApproved m, ConsumeContext<CaseApproved> context)
    {
        var ct = context.CancellationToken;
        var days = (await rules.ForAsync(Db, m.HandlingDivision, ct)).CertificateDays;
        var deadline = ChinaTime.ToLocalDate(m.ApprovedAt).AddDays(days);
        var window = (await Db.Cases.FindAsync([m.CaseId], ct))?.CountedWindow ?? m.SubmittedAtOrgUnitId;
        var handling = new StepOwner(m.HandlingDivision, m.HandlingOrgUnitId, m.MatterCode, window);
        foreach (var kind in (MilestoneKind[])[MilestoneKind.Issuance, MilestoneKind.Delivery])
            await Milestones.StartAsync(Db, m.CaseId, kind, m.CaseNumber, handling, m.ApprovedAt, deadline, clock.GetUtcNow(), ct);
        await Milestones.CompleteAsync(Db, m.CaseId, MilestoneKind.SignOff, "signed-off", m.ApprovedAt, ct); // 签发, if it was owed
    }
}
