using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.Cascade;
using Linkage.Catalog.Features.GetMatter;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.PublishMatter;

/// <summary><c>POST /matters</c>: the province publishes a matter of the basic catalogue (version 1).</summary>
public static class PublishMatterEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/matters", Handle).WithName("PublishMatter").WithSummary("Publish a matter of the basic catalogue (province tier admins; version 1).").ForTierAdmins();

    private static async Task<Results<Created<MatterView>, InvalidRequest, ForbidHttpResult>> Handle(
        MatterRequest request, HttpContext http, CatalogDbContext db, CatalogChanges changes, FederationOptions federation, TimeProvider clock,
        CancellationToken ct)
    {
        if (!http.Caller().KeepsTheCatalogue()) return TypedResults.Forbid();
        var taken = request.Code is not null && await db.Matters.AnyAsync(m => m.Code == request.Code, ct);
        var version = request.ToVersion(1);
        if (RuleProblems.Check(request.InputRules()
                .Append(new CodeLengthRule("code", request.Code, BasicCode.MaxLength))
                .Append(new NotTakenRule("code", request.Code, taken))
                .Append(new PresentRule("type", request.Type is not null))
                .Concat(MatterRules.For(version, null, ChinaTime.ToLocalDate(clock.GetUtcNow())))) is { } invalid) return invalid;

        var matter = Matter.Create(request.Code!, request.Name!.Trim(), request.Type!.Value, request.KeywordList, [version]);
        db.Matters.Add(matter);
        db.Audit(http.Caller(), "matter.published", "matter", matter.Code);
        await MatterCascade.QueueAsync(db, matter, federation, clock.GetUtcNow(), ct);
        if (!await changes.SaveAsync(ct)) return Problems.Invalid("code", $"'{request.Code}' is already in use.");
        return TypedResults.Created($"/api/catalog/matters/{matter.Code}", MatterView.From(matter, clock));
    }
}
