using Linkage.Catalog.Features.GetImplementation;
using Linkage.Catalog.Features.Shared;

namespace Linkage.Catalog.Features.SaveImplementation;

/// <summary><c>PUT /implementations/{code}</c>: a tier admin writes an entry of an org unit in their subtree; the first
/// write is version 1, each later one the next version (cases pinned to earlier versions keep them).</summary>
public static class SaveImplementationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/implementations/{implementationCode}", Handle).WithName("SaveImplementation").WithSummary("Write an implementation entry of an org unit in the caller's subtree (the next version).").ForTierAdmins();

    private static async Task<Results<Ok<ImplementationView>, InvalidRequest, ProblemHttpResult>> Handle(
        string implementationCode, ImplementationRequest request, HttpContext http, EntryWriter writer, CatalogChanges changes,
        ImplementationReader reader, CancellationToken ct)
    {
        if (RuleProblems.Check(request.InputRules()) is { } invalid) return invalid;
        var outcome = await writer.WriteAsync(request.ToCommand(implementationCode), http.Caller(), ct);
        if (outcome.NotFound) return NotFoundProblem.Field("implementationCode", $"Implementation {implementationCode}");
        if (outcome.Entry is not { } entry) return Problems.Invalid(outcome.Errors!);
        if (!await changes.SaveAsync(ct)) return Problems.Invalid("implementationCode", "Written concurrently; try again.");
        return TypedResults.Ok(ImplementationView.From((await reader.ReadAsync(entry.Code, entry.Version, ct))!));
    }
}
