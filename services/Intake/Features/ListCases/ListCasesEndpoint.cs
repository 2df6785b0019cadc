using Linkage.Intake.Domain;
using Linkage.Intake.Features.Shared;

namespace Linkage.Intake.Features.ListCases;

public static class ListCasesEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases", Handle).WithName("ListCases").WithSummary("The cases the caller may see, newest first; status= and division= narrow them.");

    private static Task<Results<Ok<Page<CaseView>>, InvalidRequest>> Handle(
        [OneOf<CaseStatus>] string? status, string? division, PageRequest page, HttpContext http, ListCasesHandler handler, CancellationToken ct) =>
        handler.HandleAsync(status, division, page, http.Caller(), ct);
}
