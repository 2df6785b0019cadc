namespace Linkage.Ratings.Features.Satisfaction;

public static class GetSatisfactionEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/satisfaction", Handle)
        .AllowAnonymous()
        .WithName("GetSatisfaction")
        .WithSummary("Published satisfaction figures for a division's subtree and period (public).");

    private static Task<Results<Ok<SatisfactionFigures>, InvalidRequest>> Handle(
        string? division, string? from, string? to, GetSatisfactionHandler handler, CancellationToken ct) =>
        handler.HandleAsync(division, from, to, ct);
}
