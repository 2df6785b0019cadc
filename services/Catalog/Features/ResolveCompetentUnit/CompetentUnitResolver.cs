using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.ResolveCompetentUnit;

/// <summary>Finds the nearest org unit up the tree that implements the matter (one query over the division's
/// ancestors), then asks whether the submitting unit may take it by proxy.</summary>
public sealed class CompetentUnitResolver(CatalogDbContext db, TimeProvider clock)
{
    public async Task<ResolvedUnit?> ResolveAsync(CompetentUnitQuery query, CancellationToken ct)
    {
        var chain = DivisionTree.SelfAndAncestors(DivisionCode.Parse(query.DivisionCode));
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var rows = await (
                from entry in db.Implementations
                join unit in db.OrgUnits on entry.OrgUnitId equals unit.Id
                where entry.MatterCode == query.MatterCode && chain.Contains(unit.DivisionCode) && entry.EffectiveFrom <= today && entry.Active
                select new { entry, unit })
            .AsNoTracking().ToListAsync(ct);

        var chosen = NearestUnitPolicy.Choose(chain, CurrentVersionPolicy.Current(rows.Select(r => new Candidate(r.entry, r.unit)), today));
        if (chosen is null) return null;

        var submitting = query.SubmittingOrgUnitId.Length == 0 ? null
            : await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.SubmittingOrgUnitId, ct);
        var proxy = new VillageProxyPolicy(chosen.Entry, chosen.Unit, submitting).Allows();
        return new ResolvedUnit(chosen.Unit.Id, chosen.Unit.Name, chosen.Unit.DivisionCode, chosen.Entry.Code, chosen.Entry.Version, proxy);
    }
}
