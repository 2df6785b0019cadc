using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;

namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>Handing over a licence kept here for a station (decision 0625): the agent checks the holder's ID card and
/// enters its number, which must be a valid resident ID whose masked form is the licence's (the issuer's keyed digest
/// cannot be checked here); only the masked form is kept, audited and sent up to the issuer.</summary>
public static class StationHandOver
{
    /// <summary>Why the ID number does not do (never echoing it), or null with the recipient's masked ID.</summary>
    public static string? Refusal(string? idNumber, Certificate c, out string masked)
    {
        masked = "";
        if (!CitizenId.TryParse(idNumber, out var id, out var error)) return error;
        if (id.Masked != c.Holder.MaskedId) return "This is not the ID number of the licence's holder.";
        masked = id.Masked;
        return null;
    }

    /// <summary>Tells the issuer, whose copy records the delivery and meets supervision's delivery milestone.</summary>
    public static void Announce(CertificatesDbContext db, Certificate c, Delivery d, CallerContext caller, string masked) =>
        db.PublishFederated(new CertificateHandedOver(c.Identifier, c.CaseId, d.DestinationOrgUnitId!, caller.Division?.Value ?? "", masked,
                caller.Subject, d.DeliveredAt!.Value),
            new FederationRoute(CertificateHandedOver.Type, c.Identifier, c.HandlingDivision));
}
