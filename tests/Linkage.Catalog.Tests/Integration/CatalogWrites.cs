using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Linkage.Catalog.Persistence.Seed;
using Linkage.Kernel;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>Writes straight to the catalog's tables, bypassing the cache, as another replica would.</summary>
public static class CatalogWrites
{
    public static string NewMatterCode() => "9" + Random.Shared.NextInt64(0, 99_999_999_999).ToString("D11");

    /// <summary>A matter implemented only at the province's online hall, with village proxy allowed.</summary>
    public static async Task AddAtProvinceAsync(IServiceProvider services, string matterCode)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        db.Matters.Add(Matter.Create(matterCode, "测试事项（省级）", MatterType.PublicService, [], [new(1, new DateOnly(2024, 1, 1), "测试")]));
        db.Implementations.Add(Implementation.Create(new ImplementationDraft(
            $"350000-{matterCode}-01", 1, new DateOnly(2024, 1, 1), matterCode, DemoOrgUnits.ProvinceCentre, CaseKind.Instant,
            new HandlingTimeLimit(1, TimeLimitUnit.WorkingDays), new HandlingTimeLimit(0, TimeLimitUnit.WorkingDays), 0, [], [],
            ProxyAllowed: true, Licence.None)));
        await db.SaveChangesAsync();
    }
}
