using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Features.InvestmentProjects;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>Investment projects (绿色通道, decision 0565) whose <c>NextCheckOn</c> is due: one still open past its target
/// gets a yellow <c>key-project-target</c> card under its division, as a key case does (0632); a project done (every
/// application completed) has its card resolved. Either way nothing changes until a case is linked or completed, which
/// asks for the next look (<see cref="Messaging.CaseCompletedConsumer"/>); a project before its target is looked at the
/// day after it. The card is not added to the daily counters: the project's cases count their own cards.</summary>
public sealed class ProjectTargetSweep(SupervisionDbContext db, TimeProvider clock)
{
    private const int Batch = 200;

    public Task<int> RunAsync(DateOnly today, CancellationToken ct) =>
        db.InTransactionAsync((tx, token) => SweepAsync(tx, today, token), ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, DateOnly today, CancellationToken ct)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT "Id" AS "Value" FROM supervision.investment_projects WHERE "NextCheckOn" <= {today}
            ORDER BY "NextCheckOn" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (ids.Count == 0) return 0;
        var projects = await db.InvestmentProjects.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var cases = await ProjectCases.ReadAsync(db, ids, ct);
        var cards = (await OpenCards.TakeAsync(db, ids, [AlarmKind.KeyProjectTarget], ct)).ToDictionary(a => a.CaseId);
        var now = clock.GetUtcNow();
        foreach (var project in projects)
        {
            var progress = ProjectProgress.Of(cases[project.Id].ToList(), project.TargetOn, today);
            var wanted = progress.WantsCard(project.TargetOn, today);
            if (wanted && !cards.ContainsKey(project.Id))
            {
                var card = Alarm.ProjectTarget(project, today, now);
                db.Alarms.Add(card);
                db.Publish(AlarmEvents.Raised(card), project.Id.ToString());
            }
            else if (!wanted && cards.GetValueOrDefault(project.Id) is { } open && open.Resolve(Alarm.System, now, "project completed"))
                db.Publish(AlarmEvents.Resolved(open), project.Id.ToString());
            project.CheckAgainOn(progress.IsDone || wanted ? null : project.TargetOn.AddDays(1));
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return projects.Count;
    }
}
