using Linkage.Contracts.Events.Certificates;

namespace Linkage.Certificates.Domain;

public static class CertificateEvents
{
    public static CertificateIssued Issued(Certificate c) => new(
        c.Id, c.Identifier, c.CaseId, c.TypeName, c.Holder.Name, c.IssuerCreditCode, c.IssuedOn, c.ValidUntil, c.IssuedAt);
}
