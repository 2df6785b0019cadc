using Linkage.Certificates.Catalog;
using Linkage.Certificates.Features.IssueCertificate;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Messaging;

/// <summary>Every department approved: if the matter produces a licence, issue it. Applied once per message
/// (inbox) and once per case (checked here, guarded by a unique index).</summary>
public sealed class CaseApprovedConsumer(CertificatesDbContext db, ImplementationLookup catalog, CertificateIssuer issuer)
    : InboxConsumer<CaseApproved, CertificatesDbContext>(db)
{
    protected override async Task Handle(CaseApproved message, ConsumeContext<CaseApproved> context)
    {
        var ct = context.CancellationToken;
        if (await Db.Certificates.AnyAsync(c => c.CaseId == message.CaseId, ct)) return;

        var implementation = await catalog.GetAsync(message.ImplementationCode, message.ImplementationVersion, ct);
        if (implementation.Licence is not { Produces: true } licence) return;
        await issuer.IssueAsync(message, licence, ct);
    }
}
