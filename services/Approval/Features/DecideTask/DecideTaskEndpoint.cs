using Linkage.Approval.Features.Shared;

namespace Linkage.Approval.Features.DecideTask;

public static class DecideTaskEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/tasks/{id:guid}/decision", Handle)
        .WithName("DecideReviewTask")
        .WithSummary("A department approves or rejects (with reason and legal basis); the case joins when the last department decides.");

    private static Task<Results<Ok<TaskView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, DecisionRequest? request, HttpContext http, DecideTaskHandler handler, CancellationToken ct) =>
        handler.HandleAsync(id, request, http.Caller(), ct);
}
