using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Rules;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>受理: the clock starts; the case is watched against its committed due date; the acceptance step is done.</summary>
public sealed class CaseAcceptedConsumer(SupervisionDbContext db, RuleBooks rules, TimeProvider clock)
    : InboxConsumer<CaseAccepted, SupervisionDbContext>(db)
{
    /// <summary>Reads without locks and writes tracked rows and tallies; the acceptance milestone's bare row is put in place
    /// before the batch (<see cref="Milestones.EnsureAsync"/>), the rest goes with the inbox row in one batch (0594, 0619).</summary>
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context)
    {
        var facts = new CaseFacts(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision,
            m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.AcceptedOn, m.DueDate, m.AcceptedAtWindow, ChinaTime.ToLocalDate(m.AcceptedAt),
            m.ReceivedAt is { } received ? ChinaTime.ToLocalDate(received) : null);
        var @case = await SupervisedCases.FindOrWatchAsync(Db, facts, context.CancellationToken);
        if (Db.Entry(@case).State == EntityState.Added) // first looked at when a pass would look again (0645)
            @case.ScheduleFirstCheck((await rules.KeptAsync(Db, context.CancellationToken)).For(@case.HandlingDivision).AlertRule(),
                ChinaTime.Today(clock));
        @case.RecordAcceptance(m.MatterName, m.AcceptedAt, m.CommittedWorkingDays);
        await Milestones.CompleteAsync(Db, m.CaseId, MilestoneKind.Acceptance, "accepted", m.AcceptedAt, context.CancellationToken);
    }
}
