namespace Linkage.Supervision.Features.Stats;

public static class GetStatsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/stats", Handle)
        .WithName("GetSupervisionStats")
        .WithSummary("Received, completed, on-time, early, instant and overdue counts for a subtree and period.");

    private static Task<Results<Ok<SupervisionStats>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, string? from, string? to, HttpContext http, GetStatsHandler handler, CancellationToken ct) =>
        handler.HandleAsync(division, from, to, http.Caller(), ct);
}
