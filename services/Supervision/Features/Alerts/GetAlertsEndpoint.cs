namespace Linkage.Supervision.Features.Alerts;

public static class GetAlertsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/alerts", Handle)
        .WithName("GetSupervisionAlerts")
        .WithSummary("Yellow (deadline near) and red (overdue) cards on open cases in a subtree, as of now.");

    private static Task<Results<Ok<IReadOnlyList<AlertView>>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, string? level, int? limit, HttpContext http, GetAlertsHandler handler, CancellationToken ct) =>
        handler.HandleAsync(division, level, limit, http.Caller(), ct);
}
