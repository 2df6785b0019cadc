using Linkage.Approval.Features.Shared;

namespace Linkage.Approval.Features.DecideTask;

public static class DecideTaskEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/tasks/{id:guid}/decision", Handle)
        .WithName("DecideReviewTask")
        .WithSummary("A department approves or rejects (with reason and legal basis); the case joins when the last department decides. "
            + "Where the centre approves negative decisions first (否定报备) a rejection is held: 202, the task still pending.");

    private static Task<Results<Ok<TaskView>, Accepted<TaskView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, DecisionRequest? request, HttpContext http, DecideTaskHandler handler, CancellationToken ct) =>
        handler.HandleAsync(id, request, http.Caller(), ct);
}
