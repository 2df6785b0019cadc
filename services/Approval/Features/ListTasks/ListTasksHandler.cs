using Linkage.Approval.Domain;
using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.ListTasks;

/// <summary>The review tasks the caller may see (<see cref="ReviewScope"/>), key projects first, then by deadline: with a
/// status, a range of one index read in its order, stopping at the page's end (decision 0693).</summary>
public sealed class ListTasksHandler(ApprovalDbContext db)
{
    public async Task<Results<Ok<Page<TaskView>>, InvalidRequest>> HandleAsync(
        string? status, Guid? caseId, PageRequest page, CallerContext caller, CancellationToken ct)
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
            .PageAsync(page, o => o.Desc(r => r.Task.KeyProject).Asc(r => r.Task.Deadline).Asc(r => r.Task.Id), ct);
        return TypedResults.Ok(rows.Map(r => TaskView.From(r.Task, r.Case)));
    }
}
