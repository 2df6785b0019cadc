using Linkage.Catalog.Caching;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Features.GetImplementation;
using Linkage.Catalog.Persistence.Seed;

namespace Linkage.Catalog.Tests.Unit;

/// <summary>The catalog cache holds at most its bytes and at most its entries (decision 0682).</summary>
public sealed class CatalogCacheBoundTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Large_answers_are_held_up_to_the_byte_bound_and_the_rest_load_again()
    {
        using var cache = new CatalogCache(maxBytes: 100_000, maxEntries: 1_000);
        var loads = 0;
        Task<string> Load(CancellationToken _) { Interlocked.Increment(ref loads); return Task.FromResult(new string('x', 10_000)); }

        for (var key = 0; key < 20; key++) Assert.Equal(10_000, (await cache.GetOrLoadAsync(key, Lifetime, Load, default)).Length);

        Assert.InRange(cache.HeldBytes, 20_000, 100_000);
        Assert.InRange(cache.HeldEntries, 1, 4); // each answer counts about 20 KB (its 10,002 bytes of JSON, twice)
        for (var key = 0; key < 20; key++) await cache.GetOrLoadAsync(key, Lifetime, Load, default);
        Assert.InRange(loads, 36, 39); // asked again, at most four were held
    }

    [Fact]
    public async Task Small_answers_are_held_up_to_the_entry_bound()
    {
        using var cache = new CatalogCache(maxBytes: 100_000, maxEntries: 10);
        for (var key = 0; key < 30; key++) await cache.GetOrLoadAsync(key, Lifetime, _ => Task.FromResult(key), default);

        Assert.InRange(cache.HeldEntries, 1, 10);
        Assert.InRange(cache.HeldBytes, 10_000, 100_000); // each counted at the floor, 100,000 / 10
    }

    [Fact]
    public void A_catalog_answer_is_measured_by_its_content()
    {
        var unit = DemoOrgUnits.All().First(u => u.Id == DemoOrgUnits.CountyCentre);
        var details = new ImplementationDetails(Implementation.Create(Drafts.FoodPermit),
            DemoMatters.All().First(m => m.Code == DemoMatters.FoodPermit), unit, []);

        Assert.True(CatalogCache.ApproximateBytes(details) > 1_000);
        Assert.True(CatalogCache.ApproximateBytes(details) > CatalogCache.ApproximateBytes(unit));
    }
}
