using Linkage.Approval.Domain;
using Linkage.Approval.Features.Shared;
using Linkage.Approval.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Features.ListTasks;

public static class ListTasksEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/tasks", Handle)
        .WithName("ListReviewTasks")
        .WithSummary("The caller's department's review tasks on cases handled in the caller's subtree, key projects (绿色通道) "
            + "first, then earliest deadline first; "
            + "optionally of one case.");

    private static async Task<Results<Ok<Page<TaskView>>, InvalidRequest>> Handle(
        [OneOf<ReviewTaskStatus>] string? status, Guid? caseId, PageRequest page, HttpContext http, ApprovalDbContext db, CancellationToken ct)
    {
        var tasks = db.Tasks.AsNoTracking().VisibleTo(db.Cases, http.Caller());
        if (caseId is not null) tasks = tasks.Where(t => t.CaseId == caseId);
        if (status is not null)
        {
            if (!KebabEnum.TryParse<ReviewTaskStatus>(status, out var wanted))
                return Problems.Invalid("status", "Unknown task status; use pending, approved or rejected.");
            tasks = tasks.Where(t => t.Status == wanted);
        }
        var rows = await tasks
            .Join(db.Cases.AsNoTracking(), t => t.CaseId, c => c.Id, (t, c) => new { Task = t, Case = c })
            .PageAsync(page, o => o.Asc(r => r.Case.KeyProjectTargetOn == null ? 1 : 0).Asc(r => r.Task.Deadline).Asc(r => r.Task.Id), ct);
        return TypedResults.Ok(rows.Map(r => TaskView.From(r.Task, r.Case)));
    }
}
