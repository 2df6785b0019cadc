using Linkage.Contracts.Catalog.V1;
using Linkage.ServiceDefaults.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace Linkage.ServiceDefaults.Catalog;

/// <summary>The catalog's answers over gRPC, cached in this process, for every module that asks. A published
/// implementation version never changes, so a found one is kept an hour; which unit handles a matter and a bundle's
/// legs change with delegations and new versions, so those answers are kept 30 seconds.</summary>
public sealed class CatalogLookup(CatalogService.CatalogServiceClient catalog, IMemoryCache cache)
{
    private static readonly TimeSpan ResolutionLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan VersionLifetime = TimeSpan.FromHours(1);

    public async Task<ResolveCompetentUnitReply> ResolveAsync(string matterCode, string division, string orgUnitId, CancellationToken ct)
    {
        var key = ("resolve", matterCode, division, orgUnitId);
        if (cache.TryGetValue(key, out ResolveCompetentUnitReply? cached)) return cached!;
        var reply = await catalog.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
        {
            MatterCode = matterCode, DivisionCode = division, SubmittingOrgUnitId = orgUnitId,
        }, cancellationToken: ct);
        return cache.Set(key, reply, ProcessCache.Entry(ResolutionLifetime));
    }

    /// <summary>An implementation entry at a version; <c>Found</c> is false when the catalog does not know it.</summary>
    public async Task<Implementation> ImplementationAsync(string code, int version, CancellationToken ct)
    {
        var key = ("implementation", code, version);
        if (cache.TryGetValue(key, out Implementation? cached)) return cached!;
        var reply = await catalog.GetImplementationAsync(
            new GetImplementationRequest { ImplementationCode = code, Version = version }, cancellationToken: ct);
        return reply.Found ? cache.Set(key, reply, ProcessCache.Entry(VersionLifetime)) : reply;
    }

    /// <summary>The entry a case pinned: it must exist, so a miss is a broken message for the error queue.</summary>
    public async Task<Implementation> PinnedImplementationAsync(string code, int version, CancellationToken ct)
    {
        var reply = await ImplementationAsync(code, version, ct);
        return reply.Found ? reply
            : throw new InvalidOperationException($"The catalog does not know implementation {code} version {version}.");
    }

    /// <summary>A one-thing bundle (legs as in force now, so kept as briefly as a resolution).</summary>
    public async Task<Bundle> BundleAsync(string code, int version, CancellationToken ct)
    {
        var key = ("bundle", code, version);
        if (cache.TryGetValue(key, out Bundle? cached)) return cached!;
        var reply = await catalog.GetBundleAsync(new GetBundleRequest { BundleCode = code, Version = version }, cancellationToken: ct);
        return cache.Set(key, reply, ProcessCache.Entry(ResolutionLifetime));
    }
}
