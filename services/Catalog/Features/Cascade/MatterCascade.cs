using System.Text.Json;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.Cascade;

/// <summary>Queues a matter's change on the federation bus, in the caller's transaction (outbox), once per province,
/// city and county of the directory: a deployment serving a county receives its county's event (decision 0104).</summary>
public static class MatterCascade
{
    public static async Task QueueAsync(CatalogDbContext db, Matter matter, DateTimeOffset now, CancellationToken ct)
    {
        var targets = await db.Regions.AsNoTracking()
            .Where(r => r.Level == DivisionLevel.Province || r.Level == DivisionLevel.City || r.Level == DivisionLevel.County)
            .Select(r => r.Code).ToListAsync(ct);
        var payload = new MatterChanged(matter.Code, matter.Name, JsonNamingPolicy.KebabCaseLower.ConvertName(matter.Type.ToString()),
            matter.Keywords, matter.Latest.Version, JsonColumn.ToElement(matter.Versions), now, matter.Latest.Version);
        foreach (var target in targets) db.PublishFederated(payload, new FederationRoute(MatterChanged.Type, matter.Code, target));
    }

    /// <summary>The org units an event targeted at <paramref name="target"/> refreshes: a county's whole subtree, or the
    /// units placed at the province or city itself (their subtrees have counties of their own).</summary>
    public static IQueryable<OrgUnit> UnitsFor(CatalogDbContext db, string target)
    {
        var code = DivisionCode.Parse(target);
        return code.Level == DivisionLevel.County
            ? db.OrgUnits.Where(o => o.DivisionCode.StartsWith(code.SignificantPrefix))
            : db.OrgUnits.Where(o => o.DivisionCode == target);
    }
}
