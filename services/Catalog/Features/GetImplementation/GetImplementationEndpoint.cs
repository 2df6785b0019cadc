using Linkage.Catalog.Caching;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Features.Shared;

namespace Linkage.Catalog.Features.GetImplementation;

/// <summary>One org unit's implementation entry, at <c>?version=</c> or the one in force today (authenticated).</summary>
public static class GetImplementationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/implementations/{implementationCode}", Handle).WithName("GetImplementation").WithSummary("One org unit's implementation entry, at ?version= or in force today.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ImplementationView>, InvalidRequest, ProblemHttpResult>> Handle(
        string implementationCode, string? version, CachedCatalog catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (InputCheck.Code(implementationCode, BasicCode.ImplementationMaxLength) is { } error) errors.Add("implementationCode", error);
        var pinned = 0;
        errors.Require(version is null || (int.TryParse(version, out pinned) && pinned > 0),
            "version", "A version is a whole number from 1; leave it out for the one in force today.");
        if (errors.Any) return Problems.Invalid(errors);

        var details = await catalog.ImplementationAsync(implementationCode, pinned, ct);
        return details is null
            ? NotFoundProblem.Field("implementationCode", $"Implementation {implementationCode}" + (version is null ? "" : $" version {version}"))
            : TypedResults.Ok(ImplementationView.From(details));
    }
}
