using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Alerts;

public static class GetAlertsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/alerts", Handle)
        .WithName("GetSupervisionAlerts")
        .WithSummary("Yellow (deadline near) and red (overdue) cards on open cases in a subtree, as of now.");

    private static Task<Results<Ok<Page<AlertView>>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, [OneOf<AlertLevel>] string? level, PageRequest page, HttpContext http, GetAlertsHandler handler, CancellationToken ct) =>
        handler.HandleAsync(division, level, page, http.Caller(), ct);
}
