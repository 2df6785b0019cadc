using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.Import;

/// <summary>What the database already holds that an import may refer to or collide with (one query per table). Matters
/// and implementation entries are read only for the codes the file names, so an import's memory grows with the file,
/// not with the catalogue (each imported county adds thousands of matters).</summary>
public sealed record ImportKnown(
    IReadOnlyDictionary<string, DivisionLevel> Regions, IReadOnlyDictionary<string, string> OrgUnitDivisions,
    IReadOnlySet<string> Departments, IReadOnlyDictionary<string, Matter> Matters, IReadOnlySet<(string, int)> Implementations)
{
    public static async Task<ImportKnown> LoadAsync(CatalogDbContext db, ImportBatch batch, CancellationToken ct)
    {
        var codes = batch.In("implementations").Select(r => r["code"]).OfType<string>().Distinct().ToList();
        var implementations = await db.Implementations.AsNoTracking().Where(i => codes.Contains(i.Code))
            .Select(i => new { i.Code, i.Version }).ToListAsync(ct);
        var matterCodes = batch.In("matters").Select(r => r["code"]).Concat(batch.In("implementations").Select(r => r["matterCode"]))
            .OfType<string>().Distinct().ToList();
        return new ImportKnown(
            await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Level, ct),
            await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.DivisionCode, ct),
            (await db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync(ct)).ToHashSet(),
            await db.Matters.AsNoTracking().Where(m => matterCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, ct),
            implementations.Select(i => (i.Code, i.Version)).ToHashSet());
    }
}

/// <summary>The rows of a valid file as domain objects, in writing order.</summary>
public sealed record ImportPlan(
    IReadOnlyList<Region> Regions, IReadOnlyList<OrgUnit> OrgUnits, IReadOnlyList<Department> Departments,
    IReadOnlyList<Matter> Matters, IReadOnlyList<Implementation> Implementations)
{
    public int Total => Regions.Count + OrgUnits.Count + Departments.Count + Matters.Count + Implementations.Count;
}

/// <summary>Who imports: a tier admin's subtree (and whether they keep the province catalogue), or the host command.</summary>
public sealed record ImportScope(Func<string, bool> Covers, bool PublishesMatters)
{
    public static readonly ImportScope Host = new(_ => true, true);
}
