using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>A round's completions (办结, decision 0690): each handler queues its event; <see cref="ApplyAsync"/> then takes
/// the round's watched cases locked in one statement, in key order, records each completion on its row as it is then by
/// the domain's <see cref="SupervisedCase.RecordCompletion"/>, in delivery order, and writes the completed rows and their
/// timeline entries back in one round trip (<see cref="CompletedRows"/>), inside the round's transaction. The row is
/// written under its lock, not against its version, so the sweep's next checks and the decisions' marks (0666) no longer
/// fail a completion. A case not watched yet (a 即办件 arrives without an acceptance) is watched here, as before.</summary>
public sealed class CaseCompletions
{
    private readonly List<CaseCompleted> queued = [];
    private readonly Receipts receipts = new();

    public void Add(CaseCompleted m) => queued.Add(m);

    /// <summary>Forgets what was queued: a round run again queues its events again.</summary>
    public void Clear()
    {
        queued.Clear();
        receipts.Clear();
    }

    public async Task ApplyAsync(SupervisionDbContext db, CancellationToken ct)
    {
        if (queued.Count == 0) return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Completions are applied inside the round's transaction, which holds their rows.");
        var taken = await CompletedRows.TakeAsync(db, [.. queued.Select(m => m.CaseId).Distinct()], ct);
        var completed = new List<SupervisedCase>();
        var projects = new List<Guid>();
        foreach (var m in queued)
        {
            var @case = taken.GetValueOrDefault(m.CaseId) ?? await SupervisedCases.FindOrWatchAsync(db, FactsOf(m), receipts, ct, loaded: true);
            if (!@case.RecordCompletion(m.Outcome, m.CompletedAt, m.CompletedOn, m.Channel)) continue;
            DailyCounts.Add(db, @case, m.CompletedOn, Tally.Completion(@case));
            if (taken.ContainsKey(m.CaseId)) completed.Add(@case);
            if (@case.InvestmentProjectId is { } project) projects.Add(project);
        }
        await CompletedRows.WriteAsync(db, completed, ct);
        await receipts.ApplyAsync(db, ct); // the cases watched here
        if (projects.Count > 0) // the projects' target cards are judged again (0565)
            foreach (var p in await db.InvestmentProjects.Where(p => projects.Contains(p.Id)).ToListAsync(ct)) p.Recheck();
        queued.Clear();
    }

    private static CaseFacts FactsOf(CaseCompleted m) => new(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId,
        m.HandlingDivision, m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.AcceptedOn, m.DueDate, m.AcceptedAtWindow, m.CompletedOn,
        m.ReceivedAt is { } received ? ChinaTime.ToLocalDate(received) : null);
}
