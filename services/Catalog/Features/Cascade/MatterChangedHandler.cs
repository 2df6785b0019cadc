using System.Text.Json;
using Linkage.Catalog.Caching;
using Linkage.Catalog.Domain;
using Linkage.Catalog.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Linkage.Catalog.Features.Cascade;

/// <summary>At a receiving tier: adds the matter versions this catalogue lacks, then writes the next version of every
/// entry of the matter in the target's units (overrides and locks kept), and at a county passes it on to the towns
/// below it that run deployments of their own (0549). Once per CloudEvent (inbox); a repeat of the same change in
/// another event finds nothing to add and every entry already on the latest version.</summary>
public sealed class MatterChangedHandler(
    CatalogDbContext db, CatalogCache cache, FederationOptions federation, ILogger<MatterChangedHandler> log)
    : FederationInboxHandler<MatterChanged, CatalogDbContext>(db)
{
    /// <summary>Each event carries every version (0332): any order of arrival ends in the same catalogue.</summary>
    protected override bool Ordered => false;

    protected override async Task Handle(FederationEvent envelope, MatterChanged payload, CancellationToken ct)
    {
        var versions = JsonColumn.FromElement<List<MatterVersion>>(payload.Versions) ?? [];
        if (versions.Count == 0 || !KebabEnum.TryParse(payload.MatterType, out MatterType type))
            throw new JsonException($"MatterChanged {envelope.Id} has no versions or an unknown type '{payload.MatterType}'.");
        var matter = await Db.Matters.FirstOrDefaultAsync(m => m.Code == payload.MatterCode, ct);
        if (matter is null) Db.Matters.Add(matter = Matter.Create(payload.MatterCode, payload.Name, type, payload.Keywords, versions));
        else matter.Absorb(payload.Name, payload.Keywords, versions);

        var written = await new EntryRefresh(Db, log).ApplyAsync(matter, envelope.TargetDivision!, ct);
        MatterCascade.ForwardBelow(Db, envelope, payload, federation.Scope);
        log.LogInformation("Matter {Code} v{Version} cascaded to {Division}: {Entries} entries refreshed",
            matter.Code, matter.Latest.Version, envelope.TargetDivision, written);
    }

    protected override void Committed() => cache.Invalidate();
}
