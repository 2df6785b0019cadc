using Linkage.Catalog.Caching;
using Linkage.Contracts.Catalog.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>Answers come from the cache until the catalog changes; an invalidation is seen at once.</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class CacheTests(CatalogHost catalog)
{
    private Task<ResolveCompetentUnitReply> ResolveAsync(string matter) => catalog.Grpc.ResolveCompetentUnitAsync(
        new ResolveCompetentUnitRequest { MatterCode = matter, DivisionCode = "350926100201", SubmittingOrgUnitId = "ou-350926100201-station" },
        deadline: DateTime.UtcNow.AddSeconds(10)).ResponseAsync;

    [Fact]
    public async Task A_row_written_behind_the_caches_back_is_served_only_after_invalidation_and_walks_up_to_the_province()
    {
        var matter = CatalogWrites.NewMatterCode();
        var cache = catalog.Host.Services.GetRequiredService<CatalogCache>();
        Assert.False((await ResolveAsync(matter)).Found);
        try
        {
            await CatalogWrites.AddAtProvinceAsync(catalog.Host.Services, matter);
            using var queries = new CatalogQueryCounter();
            Assert.False((await ResolveAsync(matter)).Found);   // the cached answer, within its lifetime
            Assert.Equal(0, queries.Count);

            cache.Invalidate();
            var reply = await ResolveAsync(matter);
            Assert.True(queries.Count > 0);
            Assert.True(reply.Found);
            Assert.Equal("ou-350000-centre", reply.OrgUnitId);
            Assert.True(reply.ProxyAllowed);
        }
        finally
        {
            await catalog.ExecuteAsync($"DELETE FROM catalog.implementations WHERE \"MatterCode\" = '{matter}'");
            await catalog.ExecuteAsync($"DELETE FROM catalog.matters WHERE \"Code\" = '{matter}'");
            cache.Invalidate();
        }
    }

    [Fact]
    public async Task Reseeding_changes_nothing_restores_edited_rows_and_invalidates_the_cache()
    {
        var services = catalog.Host.Services;
        var before = await catalog.CountRowsAsync();
        var bundles = await catalog.CountAsync("bundles");
        await catalog.ExecuteAsync("UPDATE catalog.bundles SET \"CommittedLimit_Amount\" = 9 WHERE \"Code\" = '350926-YJS-QYKB-01'");
        await catalog.ExecuteAsync("UPDATE catalog.org_units SET \"Name\" = '改名' WHERE \"Id\" = 'ou-350926-centre'");
        await catalog.ExecuteAsync("UPDATE catalog.implementations SET \"CommittedLimit_Amount\" = 9 WHERE \"Code\" = '350926-000121010000-01'");
        services.GetRequiredService<CatalogCache>().Invalidate();
        Assert.Equal("改名", (await ResolveAsync("000121010000")).OrgUnitName);

        await new CatalogModule().SeedAsync(services, CancellationToken.None);

        Assert.Equal(before, await catalog.CountRowsAsync());
        Assert.Equal("柘荣县行政服务中心", (await ResolveAsync("000121010000")).OrgUnitName);
        var entry = await catalog.Grpc.GetImplementationAsync(new GetImplementationRequest { ImplementationCode = "350926-000121010000-01" });
        Assert.Equal(10, entry.CommittedLimit.Amount);
        Assert.Equal(bundles, await catalog.CountAsync("bundles"));
        var bundle = await catalog.Grpc.GetBundleAsync(new GetBundleRequest { BundleCode = "350926-YJS-QYKB-01" });
        Assert.Equal(5, bundle.CommittedLimit.Amount);
    }
}
