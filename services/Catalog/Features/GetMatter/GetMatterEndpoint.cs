using Linkage.Catalog.Domain;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetMatter;

/// <summary>One matter by basic code (基本编码) with its current version (public).</summary>
public static class GetMatterEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/matters/{matterCode}", Handle).WithName("GetMatter").WithSummary("One matter by basic code (基本编码) with its current version (public).")
            .ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();

    private static async Task<Results<Ok<MatterView>, InvalidRequest, ProblemHttpResult>> Handle(
        string matterCode, CatalogDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (InputCheck.Code(matterCode, BasicCode.MaxLength) is { } error) return Problems.Invalid("matterCode", error);
        var matter = await db.Matters.AsNoTracking().FirstOrDefaultAsync(m => m.Code == matterCode, ct);
        if (matter is null) return NotFoundProblem.Field("matterCode", $"Matter {matterCode}");

        return TypedResults.Ok(MatterView.From(matter, clock));
    }
}
