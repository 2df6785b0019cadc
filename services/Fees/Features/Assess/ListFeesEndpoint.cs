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
        .WithSummary("The fees in the caller's scope, newest first; status= keeps one status (free, due, paid, waived).");

    private static Keyset<FeeAssessment> Newest(Keyset<FeeAssessment> order) => order.Desc(f => f.AssessedAt).Asc(f => f.CaseId);

    private static async Task<Results<Ok<Page<FeeRow>>, InvalidRequest>> Handle(
        [OneOf<FeeStatus>] string? status, PageRequest page, HttpContext http, FeesDbContext db, CancellationToken ct)
    {
        FeeStatus parsed = default;
        if (status is not null && !KebabEnum.TryParse(status, out parsed)) return Problems.Invalid("status", "Use free, due, paid or waived.");
        var fees = db.Assessments.AsNoTracking().VisibleTo(http.Caller());
        // the status is computed from the amounts, not stored: a status list is paged over the scope's rows in memory
        var found = status is null ? await fees.PageAsync(page, Newest, ct)
            : await (await fees.ToListAsync(ct)).Where(f => f.Status == parsed).PageAsync(page, Newest, ct);
        return TypedResults.Ok(found.Map(f => new FeeRow(f.CaseId, f.CaseNumber, f.MatterName, f.Status, f.DueFen, f.OutstandingFen)));
    }
}
