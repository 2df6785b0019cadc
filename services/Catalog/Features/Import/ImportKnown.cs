using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.Import;

/// <summary>What the database already holds that an import may refer to or collide with: the directory (regions, org
/// units, departments) read once, whole; matters and implementation entries read chunk by chunk, only for the codes the
/// chunk names, so an import's memory grows with the chunk, not with the catalogue (each imported county adds thousands
/// of matters).</summary>
public sealed record ImportKnown(
    IReadOnlyDictionary<string, DivisionLevel> Regions, IReadOnlyDictionary<string, string> OrgUnitDivisions, IReadOnlySet<string> Departments)
{
    public static async Task<ImportKnown> LoadAsync(CatalogDbContext db, CancellationToken ct) => new(
        await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Level, ct),
        await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.DivisionCode, ct),
        (await db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync(ct)).ToHashSet());

    /// <summary>The stored matters and implementation keys that rows of the matters or implementations section name
    /// (a matter's code, an entry's <c>matterCode</c> and <c>code</c>).</summary>
    public static async Task<ImportNamed> NamedAsync(CatalogDbContext db, IReadOnlyList<ImportRow> rows, CancellationToken ct)
    {
        var codes = rows.Where(r => r.Section == "implementations").Select(r => r["code"]).OfType<string>().Distinct().ToList();
        var implementations = await db.Implementations.AsNoTracking().Where(i => codes.Contains(i.Code))
            .Select(i => new { i.Code, i.Version }).ToListAsync(ct);
        var matterCodes = rows.Select(r => r.Section == "matters" ? r["code"] : r["matterCode"]).OfType<string>().Distinct().ToList();
        return new ImportNamed(
            await db.Matters.AsNoTracking().Where(m => matterCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, ct),
            implementations.Select(i => (i.Code, i.Version)).ToHashSet());
    }
}

/// <summary>Stored rows a chunk of an import names: matters by code, implementation entries' (code, version).</summary>
public sealed record ImportNamed(IReadOnlyDictionary<string, Matter> Matters, IReadOnlySet<(string, int)> Implementations);

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
