using Linkage.Contracts.Events.Certificates;
using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>A licence was issued for a case: the case records its identifier, and a station that forwarded the case
/// hears of it over the federation bus, so it can hand the licence over (送达).</summary>
public sealed class CertificateIssuedConsumer(IntakeDbContext db) : InboxConsumer<CertificateIssued, IntakeDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows only (decision 0619)

    protected override async Task Handle(CertificateIssued message, ConsumeContext<CertificateIssued> context)
    {
        var @case = await Db.Cases.FirstOrDefaultAsync(c => c.Id == message.CaseId, context.CancellationToken);
        if (@case is null || !@case.RecordCertificate(message.Identifier)) return;
        CaseOutbox.Upstream(Db, @case, CaseStatusChanged.CertificateIssued, message.IssuedAt, certificate: message.Identifier);
    }
}
