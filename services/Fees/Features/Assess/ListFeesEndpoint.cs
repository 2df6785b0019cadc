using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Assess;

/// <summary>GET /cases?status=due: the window's worklist (待缴), or the caller's own fees, newest first, in scope.</summary>
public static class ListFeesEndpoint
{
    public sealed record FeeRow(Guid CaseId, string CaseNumber, string MatterName, FeeStatus Status, long DueFen, long OutstandingFen);

    public static void Map(RouteGroupBuilder api) => api.MapGet("/cases", Handle)
        .WithName("ListCaseFees")
        .WithSummary("The newest fees in the caller's scope (limit, default 200); status= keeps one status among them (free, due, paid, waived).");

    private static async Task<Results<Ok<IReadOnlyList<FeeRow>>, InvalidRequest>> Handle(
        string? status, int? limit, HttpContext http, FeesDbContext db, CancellationToken ct)
    {
        FeeStatus parsed = default;
        if (status is not null && !KebabEnum.TryParse(status, out parsed)) return Problems.Invalid("status", "Use free, due, paid or waived.");
        var fees = await db.Assessments.AsNoTracking().VisibleTo(http.Caller())
            .OrderByDescending(f => f.AssessedAt).Take(Math.Clamp(limit ?? 200, 1, 1000)).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<FeeRow>>(fees.Where(f => status is null || f.Status == parsed)
            .Select(f => new FeeRow(f.CaseId, f.CaseNumber, f.MatterName, f.Status, f.DueFen, f.OutstandingFen)).ToList());
    }
}
