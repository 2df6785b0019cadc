using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Alarms;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>The acceptance step's receipt and answer as intake reports them (decision 0595).</summary>
public static class AcceptanceSteps
{
    public static async Task<AcceptanceStep> FindOrAddAsync(SupervisionDbContext db, Guid caseId, string caseNumber, string division,
        CancellationToken ct)
    {
        if (await db.AcceptanceSteps.FirstOrDefaultAsync(s => s.CaseId == caseId, ct) is { } found) return found;
        var step = AcceptanceStep.For(caseId, caseNumber, division);
        db.AcceptanceSteps.Add(step);
        return step;
    }

    /// <summary>受理 or 一次性告知: the step is done, its overdue card resolved; answered after the limit, the 超期受理
    /// trigger is raised.</summary>
    public static async Task AnswerAsync(SupervisionDbContext db, Guid caseId, string caseNumber, string division, string answer,
        DateTimeOffset at, CancellationToken ct)
    {
        var step = await FindOrAddAsync(db, caseId, caseNumber, division, ct);
        if (!step.Record(answer, at)) return;
        var overdue = await db.Alarms.FirstOrDefaultAsync(a => a.CaseId == caseId && a.Kind == AlarmKind.AcceptDeadline && a.ResolvedAt == null, ct);
        if (overdue is not null && overdue.Resolve(Alarm.System, at, answer == AcceptanceStep.Accepted ? "accepted" : "notice issued"))
            db.Publish(AlarmEvents.Resolved(overdue), caseId.ToString());
        await RaiseIfLateAsync(db, step, at, ct);
    }

    public static async Task RaiseIfLateAsync(SupervisionDbContext db, AcceptanceStep step, DateTimeOffset at, CancellationToken ct)
    {
        if (!step.AnsweredLate) return;
        var card = Alarm.Acceptance(step, AlarmKind.AcceptedLate, ChinaTime.ToLocalDate(at), at);
        if (await db.Alarms.AnyAsync(a => a.Id == card.Id, ct)) return;
        db.Alarms.Add(card);
        db.Publish(AlarmEvents.Raised(card), step.CaseId.ToString());
    }
}
