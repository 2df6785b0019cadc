using Linkage.Catalog.Caching;
using Linkage.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Persistence.Seed;

/// <summary>Writes the demo catalog idempotently: every row is upserted by its key in one transaction, so a second
/// run changes nothing and a changed seed updates the rows in place. Then the cache is invalidated.</summary>
public sealed class CatalogSeeder(CatalogDbContext db, CatalogCache cache)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var region in DemoRegions.All()) await UpsertAsync(region, [region.Code], ct);
        foreach (var unit in DemoOrgUnits.All()) await UpsertAsync(unit, [unit.Id], ct);
        foreach (var department in DemoDepartments.All()) await UpsertAsync(department, [department.Id], ct);
        foreach (var matter in DemoMatters.All()) await UpsertAsync(matter, [matter.Code], ct);
        foreach (var entry in DemoImplementations.All().Select(Implementation.Create))
            await UpsertAsync(entry, [entry.Code, entry.Version], ct);
        await SeedBundlesAsync(ct);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }

    private async Task SeedBundlesAsync(CancellationToken ct)
    {
        foreach (var department in DemoBundleMatters.Departments()) await UpsertAsync(department, [department.Id], ct);
        foreach (var matter in DemoBundleMatters.All()) await UpsertAsync(matter, [matter.Code], ct);
        foreach (var entry in DemoBundleImplementations.All().Select(Implementation.Create))
            await UpsertAsync(entry, [entry.Code, entry.Version], ct);
        foreach (var bundle in DemoBundles.All().Select(Bundle.Create)) await UpsertAsync(bundle, [bundle.Code, bundle.Version], ct);
    }

    private async Task UpsertAsync<T>(T row, object[] key, CancellationToken ct) where T : class
    {
        var existing = await db.Set<T>().FindAsync(key, ct);
        if (existing is null)
        {
            db.Add(row);
            return;
        }
        var entry = db.Entry(existing);
        entry.CurrentValues.SetValues(row);
        foreach (var complex in entry.ComplexProperties)
            complex.CurrentValue = complex.Metadata.GetGetter().GetClrValueUsingContainingEntity(row);
    }
}
