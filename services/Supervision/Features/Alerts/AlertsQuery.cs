using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Alerts;

/// <summary>Open cases with a running clock due before the rule's horizon (red: before today), oldest deadline first, judged on the
/// working-day calendar as of today. Only the cases the caller may see (least privilege: a reviewer their department's).</summary>
public static class AlertsQuery
{
    public static async Task<Page<AlertView>> ListAsync(
        SupervisionDbContext db, string subtreePattern, CallerContext caller, DeadlineAlertPolicy rule, AlertLevel? level, DateOnly today, PageRequest page,
        CancellationToken ct)
    {
        var (from, before) = level switch
        {
            AlertLevel.Red => (DateOnly.MinValue, today),
            AlertLevel.Yellow => (today, rule.Horizon(today)),
            _ => (DateOnly.MinValue, rule.Horizon(today)),
        };
        var due = await db.Cases.AsNoTracking().HandledWithin(subtreePattern).VisibleTo(db.CaseDepartments, caller)
            .Where(c => c.Status == SupervisedCaseStatus.Open && c.ClockStoppedOn == null && c.DueDate >= from && c.DueDate < before)
            .Select(c => new { c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.HandlingOrgUnitId, c.HandlingDivision, c.DueDate })
            .PageAsync(page, o => o.Asc(c => c.DueDate).Asc(c => c.CaseNumber).Asc(c => c.Id), ct);
        return new Page<AlertView>(due.Items
            .Select(c => (Case: c, Level: rule.LevelOn(today, c.DueDate)))
            .Where(x => x.Level is not null)
            .Select(x => new AlertView(x.Case.Id, x.Case.CaseNumber, x.Case.MatterCode, x.Case.MatterName, x.Case.HandlingOrgUnitId,
                x.Case.HandlingDivision, x.Case.DueDate, x.Level!.Value, DeadlineAlertPolicy.WorkingDays(today, x.Case.DueDate, x.Level.Value)))
            .ToList(), due.NextCursor, due.Total);
    }
}
