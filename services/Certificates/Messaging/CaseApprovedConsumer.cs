using Linkage.ServiceDefaults.Catalog;
using Linkage.Certificates.Features.IssueCertificate;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Messaging;

/// <summary>Every department approved: if the matter produces a licence, issue it. A one-thing case issues its
/// merged licence, or, without one, the licence of each leg whose entry produces one. Applied once per message
/// (inbox) and once per case (checked here, guarded by a unique index).</summary>
public sealed class CaseApprovedConsumer(CertificatesDbContext db, CatalogLookup catalog, CertificateIssuer issuer)
    : InboxConsumer<CaseApproved, CertificatesDbContext>(db)
{
    protected override async Task Handle(CaseApproved message, ConsumeContext<CaseApproved> context)
    {
        var ct = context.CancellationToken;
        if (await Db.Certificates.AnyAsync(c => c.CaseId == message.CaseId, ct)) return;

        if (message.Bundle is { MergedLicence: { } merged })
            await issuer.IssueMergedAsync(message, merged, ct);
        else if (message.Bundle is { } bundle)
            await IssuePerLegAsync(message, bundle, ct);
        else if ((await catalog.PinnedImplementationAsync(message.ImplementationCode, message.ImplementationVersion, ct)).Licence is { Produces: true } licence)
            await issuer.IssueAsync(message, licence, ct);
    }

    private async Task IssuePerLegAsync(CaseApproved message, BundleSummary bundle, CancellationToken ct)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leg in bundle.Legs)
        {
            var implementation = await catalog.PinnedImplementationAsync(leg.ImplementationCode, leg.ImplementationVersion, ct);
            if (implementation.Licence is not { Produces: true } licence || !types.Add(licence.TypeCode)) continue;
            await issuer.IssueAsync(message with { MatterCode = leg.MatterCode, MatterName = leg.MatterName }, licence, ct);
        }
    }
}
