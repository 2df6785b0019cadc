using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>办结: on time or overdue, early or not, on site or not. Instant cases arrive here without an acceptance.</summary>
public sealed class CaseCompletedConsumer(SupervisionDbContext db) : InboxConsumer<CaseCompleted, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows and tallies only (decision 0619)

    protected override async Task Handle(CaseCompleted m, ConsumeContext<CaseCompleted> context)
    {
        var facts = new CaseFacts(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision,
            m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.AcceptedOn, m.DueDate, m.AcceptedAtWindow, m.CompletedOn,
            m.ReceivedAt is { } received ? Linkage.Kernel.ChinaTime.ToLocalDate(received) : null);
        var @case = await SupervisedCases.FindOrWatchAsync(Db, facts, context.CancellationToken);
        if (!@case.RecordCompletion(m.Outcome, m.CompletedAt, m.CompletedOn, m.Channel)) return;
        DailyCounts.Add(Db, @case, m.CompletedOn, Tally.Completion(@case));
        if (@case.InvestmentProjectId is { } project && await Db.InvestmentProjects.FindAsync([project], context.CancellationToken) is { } p)
            p.Recheck(); // the project's target card is judged again (0565)
    }
}
