using Linkage.Approval.Domain;
using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.ListTasks;

/// <summary>The review tasks the caller may see (<see cref="ReviewScope"/>), key projects first, then by deadline.</summary>
public sealed class ListTasksHandler(ApprovalDbContext db)
{
    public async Task<Results<Ok<IReadOnlyList<TaskView>>, InvalidRequest>> HandleAsync(
        string? status, Guid? caseId, int? limit, CallerContext caller, CancellationToken ct)
    {
        var tasks = db.Tasks.AsNoTracking().VisibleTo(db.Cases, caller);
        if (caseId is not null) tasks = tasks.Where(t => t.CaseId == caseId);
        if (status is not null)
        {
            if (!KebabEnum.TryParse<ReviewTaskStatus>(status, out var wanted))
                return Problems.Invalid("status", "Unknown task status; use pending, approved or rejected.");
            tasks = tasks.Where(t => t.Status == wanted);
        }
        var rows = await tasks
            .Join(db.Cases.AsNoTracking(), t => t.CaseId, c => c.Id, (t, c) => new { Task = t, Case = c })
            .OrderBy(r => r.Case.KeyProjectTargetOn == null).ThenBy(r => r.Task.Deadline).ThenBy(r => r.Task.Id)
            .Take(Math.Clamp(limit ?? 100, 1, 500))
            .ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<TaskView>>(rows.Select(r => TaskView.From(r.Task, r.Case)).ToList());
    }
}
