using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>The station's ledger for staff in its subtree; <c>/published</c> is the masked public notice (公示).</summary>
public static class ListLedgerEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/proxy-ledger", Handle).WithName("ListProxyLedger");
        api.MapGet("/proxy-ledger/published", Published).WithName("PublishedProxyLedger");
    }

    private static async Task<Results<Ok<IReadOnlyList<LedgerView>>, ProblemHttpResult>> Handle(
        string? station, HttpContext http, IntakeDbContext db, CancellationToken ct)
    {
        var query = db.ProxyLedger.VisibleTo(http.Caller());
        if (station is null) return TypedResults.Ok(await LedgerQueries.ViewsAsync(db, query, ct));
        query = query.Where(e => e.StationOrgUnitId == station);
        var outOfScope = !await query.AnyAsync(ct) && await db.ProxyLedger.AnyAsync(e => e.StationOrgUnitId == station, ct);
        if (outOfScope) return Problems.NotFound($"Station {station}");
        return TypedResults.Ok(await LedgerQueries.ViewsAsync(db, query, ct));
    }

    private static async Task<Ok<IReadOnlyList<PublishedLedgerView>>> Published(string station, IntakeDbContext db, CancellationToken ct)
    {
        var query = db.ProxyLedger.Where(e => e.StationOrgUnitId == station && e.Stage == ProxyStage.Published);
        var views = await LedgerQueries.ViewsAsync(db, query, ct);
        return TypedResults.Ok<IReadOnlyList<PublishedLedgerView>>(views.Select(PublishedLedgerView.From).ToList());
    }
}
