using Linkage.Contracts.Catalog.V1;
using Microsoft.Extensions.Caching.Memory;

namespace Linkage.Approval.Catalog;

/// <summary>The pinned implementation entry (实施清单) of a case, over the catalog's gRPC service. A published
/// version never changes, so found entries are cached.</summary>
public sealed class ImplementationLookup(CatalogService.CatalogServiceClient catalog, IMemoryCache cache)
{
    public async Task<Implementation> GetAsync(string code, int version, CancellationToken ct)
    {
        var key = ("approval-implementation", code, version);
        if (cache.TryGetValue(key, out Implementation? cached)) return cached!;
        var reply = await catalog.GetImplementationAsync(
            new GetImplementationRequest { ImplementationCode = code, Version = version }, cancellationToken: ct);
        if (!reply.Found)
            throw new InvalidOperationException($"The catalog does not know implementation {code} version {version}.");
        return cache.Set(key, reply, TimeSpan.FromHours(1));
    }
}
