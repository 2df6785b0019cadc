using Linkage.Intake.Features.Shared;

namespace Linkage.Intake.Features.SupplyMaterials;

/// <summary>Supply what a notice listed (multipart: one file part per material, named by its code).</summary>
public static class SupplyMaterialsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/cases/{id:guid}/materials", Handle)
        .WithName("SupplyMaterials")
        .WithSummary("Supply the materials a notice listed, as PDF, JPEG or PNG files.");

    private static Task<Results<Ok<CaseView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, SupplyMaterialsHandler handler, CancellationToken ct) =>
        handler.HandleAsync(id, token => FilesAsync(http.Request, token), http.Caller(), ct);

    private static async Task<IReadOnlyList<IFormFile>?> FilesAsync(HttpRequest request, CancellationToken ct) =>
        request.HasFormContentType ? (await request.ReadFormAsync(ct)).Files : null;
}
