using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Rectifications;

public static class ListRectificationsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/rectifications", Handle)
        .WithName("ListRectifications")
        .WithSummary("The bad-rating rectification ledger (差评整改台账) of the caller's subtree, nearest deadline first.");

    private static async Task<Results<Ok<Page<RectificationView>>, InvalidRequest>> Handle(
        [OneOf<RectificationStatus>] string? status, PageRequest page, HttpContext http, RatingsDbContext db, CancellationToken ct)
    {
        var query = db.Rectifications.AsNoTracking().VisibleTo(http.Caller());
        if (status is not null)
        {
            if (!KebabEnum.TryParse<RectificationStatus>(status, out var s))
                return Problems.Invalid("status", "Use open, visited, rectifying, appealed, fed-back or closed.");
            query = query.Where(r => r.Status == s);
        }
        // a rectification without a deadline yet (next year's calendar not announced) comes last: nulls do (decision 0575)
        var rows = await query.PageAsync(page, o => o.Asc(r => r.Deadline).Asc(r => r.OpenedAt).Asc(r => r.Id), ct);
        return TypedResults.Ok(rows.Map(RectificationView.From));
    }
}
