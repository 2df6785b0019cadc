using Linkage.Catalog.Caching;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Features.SearchGuide;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetBundle;

/// <summary><c>GET /bundles/{code}</c> (at <c>?version=</c> or in force today) and <c>GET /bundles?division=&amp;q=</c>, the
/// bundles a resident of a division can apply for at or above it (both public, like the guide).</summary>
public static class GetBundleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/bundles/{bundleCode}", Get).WithName("GetBundle").WithSummary("One one-thing bundle (一件事), at ?version= or the one in force today (public).").ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();
        api.MapGet("/bundles", List).WithName("ListBundles").WithSummary("The bundles a resident of a division can apply for at or above it (public).").ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();
    }

    private static async Task<Results<Ok<BundleView>, InvalidRequest, ProblemHttpResult>> Get(
        string bundleCode, string? version, CachedCatalog catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (InputCheck.Code(bundleCode, BasicCode.ImplementationMaxLength) is { } error) errors.Add("bundleCode", error);
        var pinned = 0;
        errors.Require(version is null || (int.TryParse(version, out pinned) && pinned > 0),
            "version", "A version is a whole number from 1; leave it out for the one in force today.");
        if (errors.Any) return Problems.Invalid(errors);

        var details = await catalog.BundleAsync(bundleCode, pinned, ct);
        return details is null
            ? NotFoundProblem.Field("bundleCode", $"Bundle {bundleCode}" + (version is null ? "" : $" version {version}"))
            : TypedResults.Ok(BundleView.From(details));
    }

    private static async Task<Results<Ok<Page<BundleView>>, InvalidRequest, ProblemHttpResult>> List(
        string? division, string? q, PageRequest page, CatalogDbContext db, BundleReader reader, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (InputCheck.Division(division, out var code) is { } error) errors.Add("division", error);
        errors.Require(q is null || q.Length <= GuideSearch.MaxLength, "q", $"At most {GuideSearch.MaxLength} characters.");
        if (errors.Any) return Problems.Invalid(errors);
        if (!await db.Regions.AnyAsync(r => r.Code == code.Value, ct)) return NotFoundProblem.Field("division", $"Region {code}");
        var chain = DivisionTree.SelfAndAncestors(code);
        var bundles = (await reader.AtAsync(chain, GuideSearch.Parse(q), ct)).Select(BundleView.From);
        return TypedResults.Ok(await bundles.PageAsync(page, o => o.Asc(b => b.BundleCode).Asc(b => b.Version), ct, withTotal: true));
    }
}
