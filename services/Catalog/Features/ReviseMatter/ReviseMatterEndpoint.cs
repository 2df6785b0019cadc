using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.Cascade;
using Linkage.Catalog.Features.GetMatter;
using Linkage.Catalog.Features.PublishMatter;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Catalog.Features.ReviseMatter;

/// <summary><c>PUT /matters/{matterCode}</c>: an edit is the next version, effective from a date; earlier versions stay
/// as they were, so entries and cases pinned to them keep them. Edits of one matter are serialised by a row lock.</summary>
public static class ReviseMatterEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/matters/{matterCode}", Handle).WithName("ReviseMatter").WithSummary("Revise a matter of the basic catalogue: the next version, effective from a date.").ForTierAdmins();

    private static async Task<Results<Ok<MatterView>, InvalidRequest, ProblemHttpResult, ForbidHttpResult>> Handle(
        string matterCode, MatterRequest request, HttpContext http, CatalogDbContext db, CatalogChanges changes, FederationOptions federation,
        TimeProvider clock, CancellationToken ct)
    {
        if (!http.Caller().KeepsTheCatalogue()) return TypedResults.Forbid();
        if (InputCheck.Code(matterCode, Domain.BasicCode.MaxLength) is { } error) return Problems.Invalid("matterCode", error);
        if (RuleProblems.Check(request.InputRules()) is { } incomplete) return incomplete;

        return await db.InTransactionAsync(
            (transaction, token) => ReviseLockedAsync(matterCode, request, http.Caller(), db, changes, federation, clock, transaction, token), ct);
    }

    private static async Task<Results<Ok<MatterView>, InvalidRequest, ProblemHttpResult, ForbidHttpResult>> ReviseLockedAsync(
        string matterCode, MatterRequest request, CallerContext caller, CatalogDbContext db, CatalogChanges changes, FederationOptions federation,
        TimeProvider clock, IDbContextTransaction transaction, CancellationToken ct)
    {
        var matter = await db.Matters.FromSql($"""SELECT * FROM catalog.matters WHERE "Code" = {matterCode} FOR UPDATE""").FirstOrDefaultAsync(ct);
        if (matter is null) return NotFoundProblem.Field("matterCode", $"Matter {matterCode}");
        try
        {
            matter.Revise(request.Name!.Trim(), request.KeywordList, request.ToVersion(0), ChinaTime.ToLocalDate(clock.GetUtcNow()));
        }
        catch (BusinessRuleException broken)
        {
            return RuleProblems.Invalid(broken);
        }
        db.Audit(caller, "matter.revised", "matter", matter.Code);
        await MatterCascade.QueueAsync(db, matter, federation, clock.GetUtcNow(), ct);
        await changes.SaveAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(MatterView.From(matter, clock));
    }
}
