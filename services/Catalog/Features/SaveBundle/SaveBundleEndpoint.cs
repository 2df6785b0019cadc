using Linkage.Catalog.Features.GetBundle;
using Linkage.Catalog.Features.Shared;

namespace Linkage.Catalog.Features.SaveBundle;

/// <summary><c>POST /bundles</c>: a tier admin writes a one-thing bundle of a centre in their subtree, authorised like
/// <c>PUT /implementations/{code}</c>; the first write is version 1, each later one the next version.</summary>
public static class SaveBundleEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/bundles", Handle).WithName("SaveBundle").WithSummary("Write a one-thing bundle of a centre in the caller's subtree (the next version).").ForTierAdmins();

    private static async Task<Results<Created<BundleView>, InvalidRequest, ProblemHttpResult>> Handle(
        BundleRequest request, HttpContext http, BundleWriter writer, CatalogChanges changes, BundleReader reader,
        CancellationToken ct)
    {
        if (RuleProblems.Check(request.InputRules()) is { } invalid) return invalid;
        var outcome = await writer.WriteAsync(request, http.Caller(), ct);
        if (outcome.NotFound) return NotFoundProblem.Field("code", $"Bundle {request.Code}");
        if (outcome.Bundle is not { } bundle) return Problems.Invalid(outcome.Errors!);
        if (!await changes.SaveAsync(ct)) return Problems.Invalid("code", "Written concurrently; try again.");
        var view = BundleView.From((await reader.ReadAsync(bundle.Code, bundle.Version, ct))!);
        return TypedResults.Created($"/api/catalog/bundles/{bundle.Code}", view);
    }
}
