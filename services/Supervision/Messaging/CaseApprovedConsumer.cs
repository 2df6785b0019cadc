using Linkage.Contracts.Events.Approval;
using Linkage.Kernel;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>准予许可: the licence's issuance and delivery steps start, due the handling region's days after the
/// decision (行政许可法 Art. 44: 10 days; 0595), owed by the handling unit; its cards count under the case's window (0589).
/// The approval is also the sign-off's end (0631): kept even before the step is known, and judged when it is.</summary>
public sealed class CaseApprovedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock) : MilestoneConsumer<CaseApproved>(db, clock)
{
    protected override Guid? TurnOf(CaseApproved m) => m.CaseId;

    private RuleBook book = null!;
    private Dictionary<Guid, SupervisedCase> cases = [];

    protected override async Task Read(IReadOnlyList<CaseApproved> messages, CancellationToken ct)
    {
        book = await rules.LoadAsync(Db, ct);
        cases = await WatchedAsync(messages.Select(m => m.CaseId), ct);
    }

    protected override Task Handle(CaseApproved m, ConsumeContext<CaseApproved> context)
    {
        var deadline = ChinaTime.ToLocalDate(m.ApprovedAt).AddDays(book.For(m.HandlingDivision).CertificateDays);
        var handling = new StepOwner(m.HandlingDivision, m.HandlingOrgUnitId, m.MatterCode, cases.GetValueOrDefault(m.CaseId)?.CountedWindow ?? m.SubmittedAtOrgUnitId);
        foreach (var kind in (MilestoneKind[])[MilestoneKind.Issuance, MilestoneKind.Delivery])
            Steps.Start(m.CaseId, kind, m.CaseNumber, handling, m.ApprovedAt, deadline);
        Steps.Complete(m.CaseId, MilestoneKind.SignOff, "signed-off", m.ApprovedAt); // 签发, if it was owed
        return Task.CompletedTask;
    }
}
