using Linkage.Ratings.Features.Rectifications;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.MyRectifications;

/// <summary>The rater is told the result (国办发〔2019〕51号): the caller's own bad ratings, matched on their ID digest
/// as the follow-up rating is; anyone else's is 404.</summary>
public static class MyRectificationsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/my/rectifications", List).WithName("ListMyRectifications")
            .WithSummary("The caller's own bad ratings and what the handling unit fed back, newest first.");
        api.MapGet("/my/rectifications/{id:guid}", Get).WithName("GetMyRectification")
            .WithSummary("One of the caller's own bad ratings and what the handling unit fed back.");
    }

    private static async Task<Ok<Page<MyRectificationView>>> List(PageRequest page, HttpContext http, RatingsDbContext db, CancellationToken ct)
    {
        var rows = await db.Rectifications.AsNoTracking().RatedBy(http.Caller())
            .PageAsync(page, o => o.Desc(r => r.OpenedAt).Desc(r => r.Id), ct);
        return TypedResults.Ok(rows.Map(MyRectificationView.From));
    }

    private static async Task<Results<Ok<MyRectificationView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, RatingsDbContext db, CancellationToken ct) =>
        await db.Rectifications.AsNoTracking().RatedBy(http.Caller()).FirstOrDefaultAsync(r => r.Id == id, ct) is { } row
            ? TypedResults.Ok(MyRectificationView.From(row))
            : Problems.NotFound($"Rectification {id}");
}
