using Linkage.Intake.Features.Shared;

namespace Linkage.Intake.Features.GetCase;

public static class GetCaseEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases/{id:guid}", Handle).WithName("GetCase");

    private static Task<Results<Ok<CaseView>, ProblemHttpResult>> Handle(Guid id, HttpContext http, GetCaseHandler handler, CancellationToken ct) =>
        handler.HandleAsync(id, http.Caller(), ct);
}
