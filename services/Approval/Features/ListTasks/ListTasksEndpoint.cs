using Linkage.Approval.Features.Shared;

namespace Linkage.Approval.Features.ListTasks;

public static class ListTasksEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/tasks", Handle)
        .WithName("ListReviewTasks")
        .WithSummary("The caller's department's review tasks on cases handled in the caller's subtree, key projects (绿色通道) "
            + "first, then earliest deadline first; "
            + "optionally of one case.");

    private static Task<Results<Ok<IReadOnlyList<TaskView>>, InvalidRequest>> Handle(
        string? status, Guid? caseId, int? limit, HttpContext http, ListTasksHandler handler, CancellationToken ct) =>
        handler.HandleAsync(status, caseId, limit, http.Caller(), ct);
}
