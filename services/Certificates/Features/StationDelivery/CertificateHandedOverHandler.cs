using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>At the issuer: the station that took the case in handed the licence over (decision 0625). The delivery is
/// recorded as delivered at the station, at the station's time and by its agent (named when the event carries the name, 0672), and CertificateDelivered meets
/// supervision's delivery milestone, and the case here shows who collected (decision 0658). A licence not issued here, or whose case another station took in, is refused; a
/// delivery arranged another way (window, mail) is refused too; one recorded already changes nothing.</summary>
public sealed class CertificateHandedOverHandler(CertificatesDbContext db, TimeProvider clock)
    : FederationInboxHandler<CertificateHandedOver, CertificatesDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, CertificateHandedOver h, CancellationToken ct)
    {
        var c = await Db.Certificates.FirstOrDefaultAsync(x => x.Identifier == h.Identifier, ct)
            ?? throw new FederationRefusedException($"no certificate {h.Identifier} is issued here");
        if (c.SubmittedAtOrgUnitId != h.StationOrgUnitId || c.CaseId != h.CaseId)
            throw new FederationRefusedException($"the case of {h.Identifier} was not taken in at {h.StationOrgUnitId}");
        var delivery = await Db.Deliveries.FirstOrDefaultAsync(d => d.CertificateId == c.Id, ct);
        if (delivery is { Method: not DeliveryMethod.VillageStation })
            throw new FederationRefusedException($"delivery of {h.Identifier} is arranged as {delivery.Method}, not at the station");
        if (delivery is null)
        {
            delivery = Delivery.Arrange(c, DeliveryMethod.VillageStation, null, clock.GetUtcNow());
            Db.Deliveries.Add(delivery);
        }
        if (!delivery.Advance(DeliveryStatus.Delivered, null, h.DeliveredBy, h.DeliveredAt)) return;
        Db.Publish(CertificateEvents.Delivered(c, delivery) with
        {
            DeliveredByName = h.DeliveredByName, RecipientMaskedId = h.RecipientMaskedId, RecipientName = h.RecipientName,
            AuthorisationLetter = h.AuthorisationLetter,
        }, c.CaseId.ToString());
        Db.Audit(new AuditActor(h.DeliveredBy, Roles.VillageAgent, h.StationOrgUnitId, h.StationDivision), "certificate.delivery-delivered",
            "certificate", c.Identifier, new
            {
                recipient = h.RecipientMaskedId, at = "village-station", name = h.RecipientName, authorisationLetter = h.AuthorisationLetter,
            });
    }
}
