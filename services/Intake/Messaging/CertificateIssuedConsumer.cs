using Linkage.Contracts.Events.Certificates;
using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;

namespace Linkage.Intake.Messaging;

/// <summary>A licence was issued for a case: the case records its identifier, and a station that forwarded the case
/// hears of it over the federation bus, so it can hand the licence over (送达). The licences issued meanwhile are
/// recorded together (0678).</summary>
public sealed class CertificateIssuedConsumer(IntakeDbContext db) : CaseBatchConsumer<CertificateIssued>(db)
{
    protected override Guid CaseOf(CertificateIssued message) => message.CaseId;

    protected override Task Apply(CertificateIssued message, IntakeCase? @case, CancellationToken ct)
    {
        if (@case is not null && @case.RecordCertificate(message.Identifier))
            CaseOutbox.Upstream(Db, @case, CaseStatusChanged.CertificateIssued, message.IssuedAt, certificate: message.Identifier);
        return Task.CompletedTask;
    }
}
