using Linkage.Intake.Features.Shared;

namespace Linkage.Intake.Features.ListCases;

public static class ListCasesEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases", Handle).WithName("ListCases");

    private static Task<Results<Ok<IReadOnlyList<CaseView>>, InvalidRequest>> Handle(
        string? status, string? division, int? limit, HttpContext http, ListCasesHandler handler, CancellationToken ct) =>
        handler.HandleAsync(status, division, limit, http.Caller(), ct);
}
