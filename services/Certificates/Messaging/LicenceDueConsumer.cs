using Linkage.Certificates.Persistence;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Certificates;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Catalog;
using MassTransit;

namespace Linkage.Certificates.Messaging;

/// <summary>应发证: tells supervision that the approved case owes a licence, so a licence never issued is carded
/// (decision 0596). Its own consumer, apart from the issuing one: if issuing fails and waits, the debt is still known.
/// Owed as <see cref="CaseApprovedConsumer"/> issues: the bundle's merged licence, a leg's, or the matter's own.</summary>
public sealed class LicenceDueConsumer(CertificatesDbContext db, CatalogLookup catalog) : InboxConsumer<CaseApproved, CertificatesDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // an outbox row only; catalog read outside (0619)

    protected override async Task Handle(CaseApproved m, ConsumeContext<CaseApproved> context)
    {
        if (await OwesAsync(m, context.CancellationToken))
            Db.Publish(new LicenceDue(m.CaseId, m.CaseNumber, m.HandlingDivision, m.ApprovedAt), m.CaseId.ToString());
    }

    private async Task<bool> OwesAsync(CaseApproved m, CancellationToken ct)
    {
        if (m.Bundle is { MergedLicence: not null }) return true;
        IEnumerable<(string Code, int Version)> entries = m.Bundle is { } bundle
            ? bundle.Legs.Select(l => (l.ImplementationCode, l.ImplementationVersion))
            : [(m.ImplementationCode, m.ImplementationVersion)];
        foreach (var (code, version) in entries)
            if ((await catalog.PinnedImplementationAsync(code, version, ct)).Licence is { Produces: true }) return true;
        return false;
    }
}
