using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>The ledger of the stations the caller may see (a station outside that lists nothing, like any filter);
/// <c>/published</c> is a station's masked public notice (公示), its published lines only.</summary>
public static class ListLedgerEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/proxy-ledger", Handle).WithName("ListProxyLedger").WithSummary("The proxy ledger (代办台账) of the stations the caller may see, newest first.");
        api.MapGet("/proxy-ledger/published", Published).WithName("PublishedProxyLedger").WithSummary("A station's published ledger (公示), names masked, no ID numbers (public to signed-in callers).");
    }

    private static async Task<Ok<Page<LedgerView>>> Handle(string? station, PageRequest page, HttpContext http, IntakeDbContext db, CancellationToken ct)
    {
        var lines = db.ProxyLedger.VisibleTo(http.Caller());
        if (station is not null) lines = lines.Where(e => e.StationOrgUnitId == station);
        return TypedResults.Ok(await lines.ListAsync(page, LedgerView.From, ct));
    }

    private static async Task<Results<Ok<Page<PublishedLedgerView>>, InvalidRequest>> Published(
        string? station, PageRequest page, IntakeDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(station)) return Problems.Invalid("station", "Name the station (its org unit id).");
        var lines = db.ProxyLedger.Where(e => e.StationOrgUnitId == station && e.Stage == ProxyStage.Published);
        return TypedResults.Ok(await lines.ListAsync(page, PublishedLedgerView.From, ct));
    }
}
