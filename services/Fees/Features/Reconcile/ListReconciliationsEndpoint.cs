using Linkage.Fees.Domain;
using Linkage.Fees.Domain.Rules;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Reconcile;

/// <summary>GET /reconciliations: the daily reconciliations (日对账) in the caller's scope, newest day first; day=,
/// departmentId= and flagged=true (the differences told to supervision) narrow it.</summary>
public static class ListReconciliationsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api.MapGet("/reconciliations", Handle)
        .WithName("ListReconciliations")
        .WithSummary("Daily reconciliations of the caller's centre or subtree, newest day first; filter by day, department and flagged.");

    private static async Task<Results<Ok<Page<ReconciliationView>>, InvalidRequest>> Handle(
        DateOnly? day, string? departmentId, bool? flagged, PageRequest page, HttpContext http, FeesDbContext db, CancellationToken ct)
    {
        var department = departmentId?.Trim();
        if (department is { Length: 0 or > FeeLimits.IdLength }) return Problems.Invalid("departmentId", "Name the department.");
        var rows = db.Reconciliations.AsNoTracking().VisibleTo(http.Caller());
        if (day is { } d) rows = rows.Where(r => r.Day == d);
        if (department is not null) rows = rows.Where(r => r.DepartmentId == department);
        // Flagged is computed (reported ≠ collected), so the filter compares the stored amounts
        if (flagged is { } f) rows = rows.Where(r => (r.ReportedFen != r.CollectedFen) == f);
        var found = await rows.PageAsync(page, o => o.Desc(r => r.Day).Asc(r => r.DepartmentId).Asc(r => r.Id), ct);
        return TypedResults.Ok(found.Map(ReconciliationView.From));
    }
}
