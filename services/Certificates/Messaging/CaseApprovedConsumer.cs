using Linkage.ServiceDefaults.Catalog;
using Linkage.Certificates.Features.IssueCertificate;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Messaging;

/// <summary>Every department approved: if the matter produces a licence, issue it. A one-thing case issues its
/// merged licence, or, without one, the licence of each leg whose entry produces one. Applied once per message
/// (inbox) and once per case (checked here, guarded by a unique index). The approved cases waiting on the queue are
/// issued together (decision 0684): one read of which of them hold a licence, their serials reserved and their keys read,
/// each sealed with no transaction open, then one save. A merged licence reads the company's current one under a lock, so
/// it is applied alone, in a transaction of its own. The round's audit entries share one lane, the first case's
/// (decision 0688): a round holds one lane's lock to its commit, not one per licence.</summary>
public sealed class CaseApprovedConsumer(CertificatesDbContext db, CatalogLookup catalog, CertificateIssuer issuer)
    : InboxBatchConsumer<CaseApproved, CertificatesDbContext>(db)
{
    private HashSet<Guid> licensed = [];
    private ILookup<Guid, CertificateIssuer.Reserved>? reserved;
    private string auditLane = "";

    protected override bool AppliesAlone(CaseApproved message) => message.Bundle is { MergedLicence: not null };

    protected override async Task Prepare(IReadOnlyList<CaseApproved> messages, CancellationToken ct)
    {
        var cases = messages.Select(m => m.CaseId).Distinct().ToList();
        auditLane = cases[0].ToString();
        licensed = [.. await Db.Certificates.Where(c => cases.Contains(c.CaseId)).Select(c => c.CaseId).ToListAsync(ct)];
        var owed = new List<(CaseApproved, Licence)>();
        foreach (var m in messages.Where(m => !licensed.Contains(m.CaseId) && !AppliesAlone(m)).DistinctBy(m => m.CaseId))
            owed.AddRange(await LicencesAsync(m, ct));
        reserved = (await issuer.ReserveAsync(owed, ct)).ToLookup(r => r.Approved.CaseId);
    }

    protected override async Task Handle(CaseApproved message, ConsumeContext<CaseApproved> context)
    {
        if (!licensed.Add(message.CaseId)) return; // held one already, or issued earlier in this batch
        if (message.Bundle is { MergedLicence: { } merged })
            await issuer.IssueMergedAsync(message, merged, context.CancellationToken);
        else
            foreach (var licence in reserved![message.CaseId]) issuer.Issue(licence, auditLane);
    }

    /// <summary>What the case issues: the matter's own licence, or each leg's whose entry produces one (one per type).</summary>
    private async Task<IReadOnlyList<(CaseApproved, Licence)>> LicencesAsync(CaseApproved m, CancellationToken ct)
    {
        var legs = m.Bundle is { } bundle
            ? bundle.Legs.Select(l => (m with { MatterCode = l.MatterCode, MatterName = l.MatterName }, l.ImplementationCode, l.ImplementationVersion))
            : [(m, m.ImplementationCode, m.ImplementationVersion)];
        var types = new HashSet<string>(StringComparer.Ordinal);
        var licences = new List<(CaseApproved, Licence)>();
        foreach (var (approved, code, version) in legs)
            if ((await catalog.PinnedImplementationAsync(code, version, ct)).Licence is { Produces: true } licence && types.Add(licence.TypeCode))
                licences.Add((approved, licence));
        return licences;
    }
}
