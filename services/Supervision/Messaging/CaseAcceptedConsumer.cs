using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>受理: the clock starts; the case is watched against its committed due date; the acceptance step is done. The
/// round's watched cases are read in one statement.</summary>
public sealed class CaseAcceptedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock) : MilestoneConsumer<CaseAccepted>(db, clock)
{
    protected override Guid? TurnOf(CaseAccepted m) => m.CaseId;

    protected override Task Read(IReadOnlyList<CaseAccepted> messages, CancellationToken ct) =>
        SupervisedCases.LoadAsync(Db, messages.Select(m => m.CaseId), ct);

    protected override async Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context)
    {
        var facts = new CaseFacts(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision,
            m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.AcceptedOn, m.DueDate, m.AcceptedAtWindow, ChinaTime.ToLocalDate(m.AcceptedAt),
            m.ReceivedAt is { } received ? ChinaTime.ToLocalDate(received) : null);
        var @case = await SupervisedCases.FindOrWatchAsync(Db, facts, Receipts, context.CancellationToken, loaded: true);
        if (Db.Entry(@case).State == EntityState.Added) // first looked at when a pass would look again (0645)
            @case.ScheduleFirstCheck((await rules.KeptAsync(Db, context.CancellationToken)).For(@case.HandlingDivision).AlertRule(),
                ChinaTime.Today(Clock));
        @case.RecordAcceptance(m.MatterName, m.AcceptedAt, m.CommittedWorkingDays);
        Steps.Complete(m.CaseId, MilestoneKind.Acceptance, "accepted", m.AcceptedAt);
    }
}
