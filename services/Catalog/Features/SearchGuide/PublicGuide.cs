using Linkage.Catalog.Caching;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.SearchGuide;

/// <summary>What a resident of a division can apply for: for every matter implemented at or above the division, the
/// nearest unit's entry in force today (the same rule the gRPC resolution applies).</summary>
public sealed class PublicGuide(CatalogDbContext db, CachedCatalog catalog, TimeProvider clock)
{
    public async Task<IReadOnlyList<GuideEntryView>> ForAsync(DivisionCode division, GuideSearch search, CancellationToken ct)
    {
        var chain = DivisionTree.SelfAndAncestors(division);
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var matched = search.Any ? (await catalog.GuideNamesAsync(ct)).Matching(search) : null;
        var query =
            from entry in db.Implementations
            join unit in db.OrgUnits on entry.OrgUnitId equals unit.Id
            join matter in db.Matters on entry.MatterCode equals matter.Code
            where chain.Contains(unit.DivisionCode) && entry.EffectiveFrom <= today && entry.Active
            select new { entry, unit, matter };
        if (matched is not null) query = query.Where(r => matched.Contains(r.entry.MatterCode));
        var rows = await query.AsNoTracking().ToListAsync(ct);

        var matters = rows.Select(r => r.matter).DistinctBy(m => m.Code).ToDictionary(m => m.Code);
        return CurrentVersionPolicy.Current(rows.Select(r => new Candidate(r.entry, r.unit)), today)
            .GroupBy(c => c.Entry.MatterCode)
            .Select(g => NearestUnitPolicy.Choose(chain, g)!)
            .Select(c => GuideEntryView.From(c, matters[c.Entry.MatterCode]))
            .OrderBy(e => e.MatterCode, StringComparer.Ordinal)
            .ToList();
    }
}
