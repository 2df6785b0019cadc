using Linkage.Contracts.Events.Certificates;

namespace Linkage.Certificates.Domain;

public static class CertificateEvents
{
    public static CertificateIssued Issued(Certificate c) => new(
        c.Id, c.Identifier, c.CaseId, c.TypeName, c.Holder.Name, c.IssuerCreditCode, c.IssuedOn, c.ValidUntil, c.IssuedAt,
        c.Version, c.PredecessorIdentifier);

    public static CertificateRevoked Revoked(Certificate c) => new(c.Id, c.Identifier, c.CaseId, c.RevocationReason!, c.RevokedAt!.Value);

    public static CertificateDelivered Delivered(Certificate c, Delivery d) => new(
        c.Id, c.Identifier, c.CaseId, d.Method switch
        {
            DeliveryMethod.VillageStation => "village-station",
            _ => d.Method.ToString().ToLowerInvariant(),
        }, d.DestinationOrgUnitId, d.DeliveredAt!.Value, d.DeliveredBy);
}
