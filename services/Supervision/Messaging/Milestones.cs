using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>The steps outside the department tasks as their events report them (decision 0595).</summary>
public static class Milestones
{
    /// <summary>The step starts; an end already known and late raises its trigger now.</summary>
    public static async Task<Milestone> StartAsync(SupervisionDbContext db, Guid caseId, MilestoneKind kind, string caseNumber,
        StepOwner owner, DateTimeOffset at, DateOnly deadline, DateTimeOffset now, CancellationToken ct)
    {
        var milestone = await EnsureAsync(db, caseId, kind, ct);
        if (milestone.Start(caseNumber, owner, at, deadline)) await RaiseIfLateAsync(db, milestone, now, ct);
        return milestone;
    }

    /// <summary>A step's card in the daily red counter of the unit owing the step, on the day it is raised (0589).</summary>
    public static void Count(SupervisionDbContext db, Milestone step, Alarm card) => DailyCounts.Add(db,
        new CountKey(step.Division, step.OrgUnitId, step.MatterCode, step.WindowId), card.RaisedOn, Tally.Card(card.Level));

    /// <summary>The milestone, its row put in place first (<c>ON CONFLICT DO NOTHING</c>) and read in the same statement.
    /// The start and the end of a step arrive on two endpoints at once (CaseSubmitted and CaseAccepted, CaseApproved and
    /// CertificateIssued): the second to insert waits for the first's commit and reads its row, instead of failing on the
    /// key and running its whole delivery again (decision 0608). One statement inserts and returns the new row, or
    /// returns the row already there; only when the row was committed by another transaction while this statement
    /// waited (its snapshot predates it) is it read again (decision 0634). In a consumer applied in one batch the insert
    /// commits on its own, before the batch (decision 0619): the bare row is no step yet (no start, no end, not armed,
    /// no next check, so no reader sees it) and is the row the step's other event or a redelivery goes on with.</summary>
    public static async Task<Milestone> EnsureAsync(SupervisionDbContext db, Guid caseId, MilestoneKind kind, CancellationToken ct)
    {
        var name = kind.ToString();
        var put = await db.Milestones.FromSql($"""
            WITH put AS (
                INSERT INTO supervision.milestones ("CaseId", "Kind", "CaseNumber", "Division", "Armed")
                VALUES ({caseId}, {name}, '', '', false) ON CONFLICT DO NOTHING
                RETURNING *, xmin)
            SELECT * FROM put
            UNION ALL
            SELECT *, xmin FROM supervision.milestones WHERE "CaseId" = {caseId} AND "Kind" = {name} AND NOT EXISTS (SELECT FROM put)
            """).ToListAsync(ct);
        return put.Count > 0 ? put[0] : await db.Milestones.FirstAsync(m => m.CaseId == caseId && m.Kind == kind, ct);
    }

    /// <summary>The step's end: its overdue and warning cards resolved; done after the deadline, its trigger raised.</summary>
    public static async Task CompleteAsync(SupervisionDbContext db, Guid caseId, MilestoneKind kind, string outcome, DateTimeOffset at,
        CancellationToken ct)
    {
        var milestone = await EnsureAsync(db, caseId, kind, ct);
        if (!milestone.Complete(outcome, at)) return;
        foreach (var card in new[] { milestone.OverdueCard, milestone.WarningCard }.OfType<AlarmKind>())
            await ResolveAsync(db, caseId, card, outcome, at, ct);
        await RaiseIfLateAsync(db, milestone, at, ct);
    }

    /// <summary>The step's open card of <paramref name="kind"/>, if any, resolved by the system.</summary>
    public static async Task ResolveAsync(SupervisionDbContext db, Guid caseId, AlarmKind kind, string note, DateTimeOffset at, CancellationToken ct)
    {
        if (await db.Alarms.FirstOrDefaultAsync(a => a.CaseId == caseId && a.Kind == kind && a.ResolvedAt == null, ct) is { } card
            && card.Resolve(Alarm.System, at, note))
            db.Publish(AlarmEvents.Resolved(card), caseId.ToString());
    }

    private static async Task RaiseIfLateAsync(SupervisionDbContext db, Milestone milestone, DateTimeOffset at, CancellationToken ct)
    {
        if (!milestone.DoneLate || milestone.LateCard is not { } kind) return;
        var card = Alarm.Milestone(milestone, kind, ChinaTime.ToLocalDate(at), at);
        if (await db.Alarms.AnyAsync(a => a.Id == card.Id, ct)) return;
        db.Alarms.Add(card);
        Count(db, milestone, card);
        db.Publish(AlarmEvents.Raised(card), milestone.CaseId.ToString());
    }
}
