using Linkage.Catalog.Domain;
using Linkage.Catalog.Features.SearchGuide;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.GetBundle;

/// <summary>One bundle at a version, or (version 0) the one in force today; legs are read as in force today
/// (a case pins them at acceptance, decision 0180).</summary>
public sealed class BundleReader(CatalogDbContext db, TimeProvider clock)
{
    public async Task<BundleDetails?> ReadAsync(string code, int version, CancellationToken ct)
    {
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var versions = await db.Bundles.AsNoTracking()
            .Where(b => b.Code == code && (version == 0 || b.Version == version)).ToListAsync(ct);
        var bundle = version == 0 ? versions.Where(b => b.EffectiveFrom <= today).MaxBy(b => b.Version) : versions.SingleOrDefault();
        return bundle is null ? null : await DetailsAsync(bundle, today, ct);
    }

    /// <summary>The bundles in force today at org units of <paramref name="divisions"/> whose name or everyday names
    /// match every word searched (the public guide's rule).</summary>
    public async Task<IReadOnlyList<BundleDetails>> AtAsync(IReadOnlyList<string> divisions, GuideSearch search, CancellationToken ct)
    {
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var query = from b in db.Bundles join o in db.OrgUnits on b.OrgUnitId equals o.Id
            where divisions.Contains(o.DivisionCode) && b.EffectiveFrom <= today select b;
        var rows = (await query.AsNoTracking().ToListAsync(ct))
            .Where(b => search.Words.All(new GuideNames.Named(b.Code, [b.Name, .. b.Keywords]).Mentions)).ToList();
        var list = new List<BundleDetails>();
        foreach (var bundle in rows.GroupBy(b => b.Code).Select(g => g.MaxBy(b => b.Version)!).Where(b => b.Active).OrderBy(b => b.Code, StringComparer.Ordinal))
            if (await DetailsAsync(bundle, today, ct) is { Active: true } details) list.Add(details);
        return list;
    }

    private async Task<BundleDetails> DetailsAsync(Bundle bundle, DateOnly today, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().SingleAsync(o => o.Id == bundle.OrgUnitId, ct);
        var entries = await db.CurrentAsync(bundle.Legs, today, ct);
        var matterCodes = entries.Values.Select(e => e.MatterCode).ToList();
        var matters = await db.Matters.AsNoTracking().Where(m => matterCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, ct);
        var legs = bundle.Legs.Select(code => entries.TryGetValue(code, out var e) && e.OrgUnitId == bundle.OrgUnitId
            ? new BundleLegDetails(code, e, matters[e.MatterCode])
            : new BundleLegDetails(code, null, null)).ToList();
        return BundleDetails.Of(bundle, unit, legs);
    }
}
