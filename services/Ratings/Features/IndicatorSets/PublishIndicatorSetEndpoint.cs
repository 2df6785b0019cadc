using Linkage.Kernel;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.IndicatorSets;

/// <summary>POST /api/ratings/indicator-sets/{code}/versions: a provincial tier admin publishes the next version of a
/// national indicator set (decision 0639). The version before stops being current in the same transaction; new ratings
/// record the new version, ratings given before keep theirs. Anyone else 404.</summary>
public static class PublishIndicatorSetEndpoint
{
    public sealed record IndicatorSetView(string Code, int Version, bool Current, IReadOnlyList<string> Keys, IReadOnlyList<string> Names);

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/indicator-sets/{code}/versions", Handle)
        .WithName("PublishIndicatorSet")
        .WithSummary("A provincial tier admin publishes the next version of a national indicator set; it is current from now on.");

    private static async Task<Results<Created<IndicatorSetView>, InvalidRequest, ProblemHttpResult>> Handle(
        string code, PublishIndicatorSetRequest request, HttpContext http, RatingsDbContext db, CancellationToken ct)
    {
        var caller = http.Caller();
        if (!caller.Has(Roles.TierAdmin) || caller.Division is not { Level: DivisionLevel.Province })
            return Problems.NotFound($"Indicator set {code}");
        var errors = request.Check();
        if (errors.Any) return Problems.Invalid(errors);

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(token => PublishAsync(db, caller, code, request, token), ct);
    }

    private static async Task<Results<Created<IndicatorSetView>, InvalidRequest, ProblemHttpResult>> PublishAsync(
        RatingsDbContext db, CallerContext caller, string code, PublishIndicatorSetRequest request, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await db.IndicatorSets.FromSql($"""SELECT * FROM ratings.indicator_sets WHERE "Code" = {code} AND "Current" FOR UPDATE""")
            .ToListAsync(ct) is [var found] ? found : null;
        if (current is null)
            return await db.IndicatorSets.AnyAsync(s => s.Code == code, ct)
                ? Problems.FieldConflict("code", "Another version was published meanwhile; look again before publishing.")
                : Problems.NotFound($"Indicator set {code}");
        var next = current.Next(request.Keys!, [.. request.Names!.Select(n => n.Trim())]);
        current.Retire();
        await db.SaveChangesAsync(ct); // the filtered unique index allows one current version: retire first
        db.IndicatorSets.Add(next);
        db.Audit(caller, "indicator-set.published", "indicator-set", $"{code}/{next.Version}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created((string?)null, new IndicatorSetView(next.Code, next.Version, next.Current, next.Keys, next.Names));
    }
}
