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

    private static async Task<Results<Ok<IReadOnlyList<RectificationView>>, InvalidRequest>> Handle(
        string? status, int? limit, HttpContext http, RatingsDbContext db, CancellationToken ct)
    {
        var query = db.Rectifications.AsNoTracking().VisibleTo(http.Caller());
        if (status is not null)
        {
            if (!KebabEnum.TryParse<RectificationStatus>(status, out var s))
                return Problems.Invalid("status", "Use open, visited, rectifying, appealed, fed-back or closed.");
            query = query.Where(r => r.Status == s);
        }
        var rows = await query.OrderBy(r => r.Deadline).ThenBy(r => r.OpenedAt).Take(Math.Clamp(limit ?? 100, 1, 500)).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<RectificationView>>(rows.Select(RectificationView.From).ToList());
    }
}
