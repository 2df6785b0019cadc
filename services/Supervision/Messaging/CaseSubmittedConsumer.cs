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
/// not name the handling unit; the case's first watch counts it then. A case handled by another deployment is none of
/// this one's: a station answers at receipt, and 受理 is reported where the case is handled (CaseForwarded), so a step
/// started here would never end and would raise a false 超期受理; such an event is acknowledged untouched (decision 0720).</summary>
public sealed class CaseSubmittedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock, FederationOptions federation)
    : MilestoneConsumer<CaseSubmitted>(db, clock)
{
    protected override Guid? TurnOf(CaseSubmitted m) => m.CaseId;

    private RuleBook book = null!;

    protected override bool Concerns(CaseSubmitted m) => m.HandlingDivision is not { } division || federation.Scope.Covers(division);

    protected override async Task Read(IReadOnlyList<CaseSubmitted> messages, CancellationToken ct) => book = await rules.LoadAsync(Db, ct);

    protected override Task Handle(CaseSubmitted m, ConsumeContext<CaseSubmitted> context)
    {
        var limit = book.For(m.SubmittedAtDivision).AcceptanceWorkingDays;
        var deadline = WorkingDayCalendar.China.AddWorkingDays(ChinaTime.ToLocalDate(m.SubmittedAt), limit);
        var receiving = new StepOwner(m.SubmittedAtDivision, m.SubmittedAtOrgUnitId, m.MatterCode, m.SubmittedAtOrgUnitId);
        Steps.Start(m.CaseId, MilestoneKind.Acceptance, m.CaseNumber, receiving, m.SubmittedAt, deadline, arm: true);
        if (m is { HandlingDivision: { } division, HandlingOrgUnitId: { } unit }) // handled here (Concerns)
            Receipts.Add(Receipt.Of(m.CaseId, ChinaTime.ToLocalDate(m.SubmittedAt), division, unit, m.MatterCode, m.SubmittedAtOrgUnitId,
                m.SubmittedAtDivision));
        return Task.CompletedTask;
    }
}
