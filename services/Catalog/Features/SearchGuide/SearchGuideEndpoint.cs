using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.SearchGuide;

/// <summary><c>GET /matters?division=&amp;q=</c>: the public guide for a resident of a division (public).</summary>
public static class SearchGuideEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/matters", Handle).WithName("SearchGuide").WithSummary("The public guide (办事指南) for a resident of a division: what they can apply for, where, with what.")
            .ProducesProblem(StatusCodes.Status404NotFound).AllowAnonymous();

    private static async Task<Results<Ok<Page<GuideEntryView>>, InvalidRequest, ProblemHttpResult>> Handle(
        string? division, string? q, PageRequest page, CatalogDbContext db, PublicGuide guide, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (InputCheck.Division(division, out var code) is { } error) errors.Add("division", error);
        errors.Require(q is null || q.Length <= GuideSearch.MaxLength, "q", $"At most {GuideSearch.MaxLength} characters.");
        if (errors.Any) return Problems.Invalid(errors);

        if (!await db.Regions.AnyAsync(r => r.Code == code.Value, ct)) return NotFoundProblem.Field("division", $"Region {code}");
        var entries = await guide.ForAsync(code, GuideSearch.Parse(q), ct);
        return TypedResults.Ok(await entries.PageAsync(page, o => o.Asc(e => e.MatterCode), ct, withTotal: true));
    }
}
