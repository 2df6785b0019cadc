using Linkage.Kernel;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Satisfaction;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Deadlines;

/// <summary>A region's own return-visit and rectification limits (decision 0638), the shape of supervision's region
/// rules (0353): supervisors and centre/tier admins of the region or above read and write them; anyone else 404.</summary>
public static class RegionDeadlineEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/region-deadlines/{division}", Get).WithName("GetRegionDeadlines")
            .WithSummary("The return-visit and rectification limits in force for a region, with provenance and locks.");
        api.MapPut("/region-deadlines/{division}", Put).WithName("PutRegionDeadlines")
            .WithSummary("A region's own limits in working days: terms left null inherit, locks bind the regions below.");
    }

    private static async Task<Results<Ok<RegionDeadlinesView>, InvalidRequest, ProblemHttpResult>> Get(
        string division, HttpContext http, RatingsDbContext db, RegionDeadlines deadlines, CancellationToken ct)
    {
        var caller = http.Caller();
        if (Parse(division, caller, out var code) is { } invalid) return invalid;
        if (code is not { } d || !MayManage(caller)) return Problems.NotFound($"Division {division}");
        var book = await deadlines.BookAsync(db, await ReferenceStamp.ReadAsync(db, ct), ct);
        var own = await db.RegionDeadlines.AsNoTracking().FirstOrDefaultAsync(r => r.DivisionPrefix == d.SignificantPrefix, ct);
        return TypedResults.Ok(RegionDeadlinesView.Of(d.Value, book.For(d), own));
    }

    private static async Task<Results<Ok<RegionDeadlinesView>, InvalidRequest, ProblemHttpResult>> Put(
        string division, RegionDeadlineRequest request, HttpContext http, RatingsDbContext db, RegionDeadlines deadlines,
        TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        if (Parse(division, caller, out var code) is { } invalid) return invalid;
        if (code is not { } d || !MayManage(caller)) return Problems.NotFound($"Division {division}");
        var errors = request.Check(d, await deadlines.BookAsync(db, await ReferenceStamp.ReadAsync(db, ct), ct));
        if (errors.Any) return Problems.Invalid(errors);

        var own = await db.RegionDeadlines.FirstOrDefaultAsync(r => r.DivisionPrefix == d.SignificantPrefix, ct);
        if (own is null) db.RegionDeadlines.Add(own = RegionDeadline.Of(d.SignificantPrefix, null, null));
        own.Write(request.VisitWorkingDays, request.RectificationWorkingDays, request.Locks ?? [], caller.Subject, clock.GetUtcNow());
        db.Audit(caller, "region-deadlines.written", "division", d.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problems.FieldConflict("division", "The region's limits were written meanwhile; reload them and try again.");
        }
        var book = await deadlines.BookAsync(db, await ReferenceStamp.ReadAsync(db, ct), ct);
        return TypedResults.Ok(RegionDeadlinesView.Of(d.Value, book.For(d), own));
    }

    private static bool MayManage(CallerContext caller) =>
        caller.Division is not null && (caller.Has(Roles.Supervisor) || caller.Has(Roles.CentreAdmin) || caller.Has(Roles.TierAdmin));

    /// <summary>A 422 for a malformed code (<see cref="DivisionParameter"/>); otherwise the code when the caller may
    /// see it, else null (404).</summary>
    private static InvalidRequest? Parse(string division, CallerContext caller, out DivisionCode? code)
    {
        var errors = new FieldErrors();
        code = DivisionParameter.Parse(division, errors) is { } parsed && caller.CanSee(parsed) ? parsed : null;
        return errors.Any ? Problems.Invalid(errors) : null;
    }
}
