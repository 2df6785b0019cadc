using Linkage.Catalog.Features.GetBundle;
using Linkage.Catalog.Features.GetImplementation;
using Linkage.Catalog.Features.ResolveCompetentUnit;
using Linkage.Catalog.Features.SearchGuide;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Catalog.Caching;

/// <summary>The hot lookups (intake and approval ask them for every case), answered from <see cref="CatalogCache"/>;
/// a miss opens a scope and asks PostgreSQL. Inputs are validated by the caller before they reach the cache.</summary>
public sealed class CachedCatalog(CatalogCache cache, IServiceScopeFactory scopes)
{
    public Task<ResolvedUnit?> ResolveAsync(CompetentUnitQuery query, CancellationToken ct) =>
        cache.GetOrLoadAsync(query, CacheLifetimes.Resolution,
            token => InScopeAsync<CompetentUnitResolver, ResolvedUnit?>(r => r.ResolveAsync(query, token)), ct);

    public Task<ImplementationDetails?> ImplementationAsync(string code, int version, CancellationToken ct) =>
        cache.GetOrLoadAsync(new ImplementationKey(code, version), version == 0 ? CacheLifetimes.Resolution : CacheLifetimes.PinnedVersion,
            token => InScopeAsync<ImplementationReader, ImplementationDetails?>(r => r.ReadAsync(code, version, token)), ct);

    /// <summary>The names the public guide searches; reloaded after a change or the resolution TTL.</summary>
    public Task<GuideNames> GuideNamesAsync(CancellationToken ct) =>
        cache.GetOrLoadAsync(nameof(GuideNames), CacheLifetimes.Resolution,
            token => InScopeAsync<GuideNamesReader, GuideNames>(r => r.ReadAsync(token)), ct);

    /// <summary>Legs are read as in force today, so even a pinned bundle version is kept only briefly.</summary>
    public Task<BundleDetails?> BundleAsync(string code, int version, CancellationToken ct) =>
        cache.GetOrLoadAsync(new BundleKey(code, version), CacheLifetimes.Resolution,
            token => InScopeAsync<BundleReader, BundleDetails?>(r => r.ReadAsync(code, version, token)), ct);

    private async Task<TResult> InScopeAsync<TService, TResult>(Func<TService, Task<TResult>> ask) where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ask(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private sealed record ImplementationKey(string Code, int Version);

    private sealed record BundleKey(string Code, int Version);
}
