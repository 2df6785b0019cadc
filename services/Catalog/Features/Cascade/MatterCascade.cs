using System.Text.Json;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.Cascade;

/// <summary>Queues a matter's change on the federation bus, in the caller's transaction (outbox), once per province,
/// city and county of the directory: a deployment serving a county receives its county's event (decision 0104). At the
/// top of a layout, only those some deployment can take: an event no link leads to would wait in the outbox for good,
/// holding the matter's later events behind it (0670).</summary>
public static class MatterCascade
{
    public static async Task QueueAsync(CatalogDbContext db, Matter matter, FederationOptions federation, DateTimeOffset now, CancellationToken ct)
    {
        var targets = (await db.Regions.AsNoTracking()
            .Where(r => r.Level == DivisionLevel.Province || r.Level == DivisionLevel.City || r.Level == DivisionLevel.County)
            .Select(r => r.Code).ToListAsync(ct)).Where(federation.Reaches);
        var payload = new MatterChanged(matter.Code, matter.Name, JsonNamingPolicy.KebabCaseLower.ConvertName(matter.Type.ToString()),
            matter.Keywords, matter.Latest.Version, JsonColumn.ToElement(matter.Versions), now, matter.Latest.Version);
        foreach (var target in targets) db.PublishFederated(payload, new FederationRoute(MatterChanged.Type, matter.Code, target));
    }

    /// <summary>The org units an event targeted at <paramref name="target"/> refreshes: a county's whole subtree, or the
    /// units placed at the province or city itself (their subtrees have counties of their own). Below a county (a town
    /// with a deployment of its own, reached by its county's forward, 0549): its subtree and, first, this catalogue's
    /// copies of the units placed at its province, city and county, so that their locks hold for it.</summary>
    public static IQueryable<OrgUnit> UnitsFor(CatalogDbContext db, string target)
    {
        var code = DivisionCode.Parse(target);
        if (code.Level < DivisionLevel.County) return db.OrgUnits.Where(o => o.DivisionCode == target);
        if (code.Level == DivisionLevel.County) return db.OrgUnits.Where(o => o.DivisionCode.StartsWith(code.SignificantPrefix));
        var uppers = Ancestors(code).ToList();
        return db.OrgUnits.Where(o => o.DivisionCode.StartsWith(code.SignificantPrefix) || uppers.Contains(o.DivisionCode));
    }

    /// <summary>At a county's deployment, after applying <paramref name="e"/>: the same change for each subtree below a
    /// county that it serves through a deployment of its own (<c>Linkage:ServesExcept</c>, e.g. the town 双城镇), which
    /// no event of the cascade targets. Same payload, so the same order rule: the latest version wins (0104, 0332, 0549).</summary>
    public static void ForwardBelow(CatalogDbContext db, FederationEvent e, MatterChanged payload, DivisionScope scope)
    {
        if (!DivisionCode.TryParse(e.TargetDivision, out var target, out _) || target.Level != DivisionLevel.County) return;
        foreach (var below in scope.Except.Select(DivisionCode.Parse).Where(d => d.Level > DivisionLevel.County && d.IsWithin(target)))
            db.PublishFederated(payload, new FederationRoute(MatterChanged.Type, payload.MatterCode, below.Value));
    }

    private static IEnumerable<string> Ancestors(DivisionCode code)
    {
        for (var up = code.Parent; up is { } u; up = u.Parent) yield return u.Value;
    }
}
