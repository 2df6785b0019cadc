using Linkage.Contracts.Catalog.V1;
using Linkage.ServiceDefaults.Caching;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>The process's shared memory cache keeps at most <see cref="ProcessCache.MaxEntries"/> entries, and the
/// catalog lookups every module makes are counted in it.</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class ProcessCacheTests(CatalogHost catalog)
{
    [Fact]
    public void Entries_beyond_the_limit_are_not_kept()
    {
        using var services = new ServiceCollection().AddProcessCache().BuildServiceProvider();
        var cache = (MemoryCache)services.GetRequiredService<IMemoryCache>();

        for (var i = 0; i < ProcessCache.MaxEntries + 500; i++) cache.Set(("certificates-seal", i), true, ProcessCache.Entry(TimeSpan.FromMinutes(30)));

        Assert.InRange(cache.Count, 1, (int)ProcessCache.MaxEntries);
        Assert.Throws<InvalidOperationException>(() => cache.Set("uncounted", 1)); // an entry without a size would escape the bound
    }

    [Fact]
    public async Task A_catalog_lookup_is_kept_as_one_counted_entry()
    {
        using var services = new ServiceCollection().AddProcessCache().BuildServiceProvider();
        var cache = (MemoryCache)services.GetRequiredService<IMemoryCache>();
        var lookup = new CatalogLookup(catalog.Grpc, cache);

        var entry = await lookup.ImplementationAsync("350926-000121010000-01", 1, CancellationToken.None);
        var again = await lookup.ImplementationAsync("350926-000121010000-01", 1, CancellationToken.None);

        Assert.True(entry.Found);
        Assert.Same(entry, again);
        Assert.Equal(1, cache.Count);
    }
}
