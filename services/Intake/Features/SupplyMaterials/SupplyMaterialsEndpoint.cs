using Linkage.Intake.Features.Shared;

namespace Linkage.Intake.Features.SupplyMaterials;

/// <summary>Supply what a notice listed (multipart: one file part per material, named by its code).</summary>
public static class SupplyMaterialsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/materials", Handle)
        .WithName("SupplyMaterials")
        .WithSummary("Supply the materials a notice listed, as PDF, JPEG or PNG files.");

    private static async Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, SupplyMaterialsHandler handler, CancellationToken ct)
    {
        var files = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct)).Files : null;
        return await handler.HandleAsync(id, files, http.Caller(), ct);
    }
}
