using Linkage.Kernel;

namespace Linkage.Supervision.Domain;

/// <summary>What a running case should carry today — a yellow or red card on the case, a red card on each late
/// department step, a yellow card on a key project past its internal target (0632) — and the first later day on which that could change (the case's next check).</summary>
public static class DeadlineWatch
{
    public static (IReadOnlyList<WantedAlarm> Wanted, DateOnly? NextCheckOn) Evaluate(CaseClock c, DeadlineAlertPolicy rule, DateOnly today)
    {
        if (c.Status != SupervisedCaseStatus.Open) return ([], null);
        var wanted = new List<WantedAlarm>();
        var checks = new List<DateOnly>();
        var level = rule.LevelOf(c, today);
        if (level is { } l) wanted.Add(new WantedAlarm(AlarmKind.CaseDeadline, l, null, null, c.DueDate));
        if (level != AlertLevel.Red) checks.Add(level is null ? rule.FirstWarningDay(c, today) : c.DueDate.AddDays(1));
        foreach (var step in c.PendingSteps)
        {
            if (step.Deadline < today) wanted.Add(new WantedAlarm(AlarmKind.StepDeadline, AlertLevel.Red, step.TaskId, step.DepartmentId, step.Deadline));
            else checks.Add(step.Deadline.AddDays(1));
        }
        if (c.KeyProjectTargetOn is { } target)
        {
            if (target < today) wanted.Add(new WantedAlarm(AlarmKind.KeyProjectTarget, AlertLevel.Yellow, null, null, target));
            else checks.Add(target.AddDays(1));
        }
        return (wanted, checks.Count == 0 ? null : checks.Min());
    }
}
