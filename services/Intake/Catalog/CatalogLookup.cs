using Linkage.Contracts.Catalog.V1;
using Microsoft.Extensions.Caching.Memory;

namespace Linkage.Intake.Catalog;

/// <summary>Catalog answers over gRPC, cached: implementation versions never change once published, and
/// competent-unit answers are kept briefly (the catalog's change events shorten this in a later step).</summary>
public sealed class CatalogLookup(CatalogService.CatalogServiceClient catalog, IMemoryCache cache)
{
    private static readonly TimeSpan ResolutionLifetime = TimeSpan.FromSeconds(30);

    public async Task<ResolveCompetentUnitReply> ResolveAsync(string matterCode, string division, string orgUnitId, CancellationToken ct)
    {
        var key = ("resolve", matterCode, division, orgUnitId);
        if (cache.TryGetValue(key, out ResolveCompetentUnitReply? cached)) return cached!;
        var reply = await catalog.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
        {
            MatterCode = matterCode, DivisionCode = division, SubmittingOrgUnitId = orgUnitId,
        }, cancellationToken: ct);
        return cache.Set(key, reply, ResolutionLifetime);
    }

    public async Task<Implementation> ImplementationAsync(string code, int version, CancellationToken ct)
    {
        var key = ("implementation", code, version);
        if (cache.TryGetValue(key, out Implementation? cached)) return cached!;
        var reply = await catalog.GetImplementationAsync(
            new GetImplementationRequest { ImplementationCode = code, Version = version }, cancellationToken: ct);
        return reply.Found ? cache.Set(key, reply, TimeSpan.FromHours(1)) : reply;
    }

    /// <summary>A one-thing bundle (legs as in force now, so kept as briefly as a resolution).</summary>
    public async Task<Bundle> BundleAsync(string code, int version, CancellationToken ct)
    {
        var key = ("bundle", code, version);
        if (cache.TryGetValue(key, out Bundle? cached)) return cached!;
        var reply = await catalog.GetBundleAsync(new GetBundleRequest { BundleCode = code, Version = version }, cancellationToken: ct);
        return cache.Set(key, reply, ResolutionLifetime);
    }

    /// <summary>The case's pinned entry, or for a bundle case its bundle version read as one entry.</summary>
    public async Task<Implementation> EntryAsync(Domain.IntakeCase c, CancellationToken ct) => c.Bundle is null
        ? await ImplementationAsync(c.ImplementationCode, c.ImplementationVersion, ct)
        : BundleEntry.AsImplementation(await BundleAsync(c.ImplementationCode, c.ImplementationVersion, ct));
}
