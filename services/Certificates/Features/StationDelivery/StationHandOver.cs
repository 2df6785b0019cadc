using Linkage.Certificates.Domain;
using Linkage.Certificates.Persistence;
using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Microsoft.EntityFrameworkCore;
using System.Security.Cryptography;
using System.Text;

namespace Linkage.Certificates.Features.StationDelivery;

/// <summary>Handing over a licence kept here for a station (decision 0625): only while the issuer has not revoked or
/// superseded it (0528, 422 on <c>identifier</c>). The agent checks the holder's ID card and enters its number, which
/// must be a valid resident ID whose masked form is the licence's and whose keyed digest, computed with this
/// deployment's key, is the one this deployment gave the holder when the case was taken in (422 on <c>idNumber</c>);
/// only the masked form is kept, audited and sent up to the issuer.</summary>
public static class StationHandOver
{
    /// <summary>Why this licence can no longer be handed over (the issuer revoked or superseded it), or null.</summary>
    public static async Task<string?> WithdrawnAsync(CertificatesDbContext db, Certificate c, CancellationToken ct)
    {
        if (c.IsCurrent) return null;
        if (c.Status == CertificateStatus.Revoked) return $"Licence {c.Identifier} was revoked by its issuer: {c.RevocationReason}";
        var successor = await db.Certificates.AsNoTracking().Where(x => x.PredecessorIdentifier == c.Identifier)
            .Select(x => x.Identifier).FirstOrDefaultAsync(ct);
        return $"Licence {c.Identifier} is {c.Status.ToString().ToLowerInvariant()}" + (successor is null ? "." : $"; hand over {successor} instead.");
    }

    /// <summary>Why the ID number does not do (never echoing it), or null with the recipient's masked ID;
    /// <paramref name="digestOf"/> is this deployment's keyed digest. A copy sent before the digest came down (empty) is
    /// checked on the masked form alone.</summary>
    public static string? Refusal(string? idNumber, Certificate c, Func<string, string> digestOf, out string masked)
    {
        masked = "";
        if (!CitizenId.TryParse(idNumber, out var id, out var error)) return error;
        if (id.Masked != c.Holder.MaskedId || (c.Holder.IdDigest.Length > 0 && !SameDigest(digestOf(id.Value), c.Holder.IdDigest)))
            return "This is not the ID number of the licence's holder.";
        masked = id.Masked;
        return null;
    }

    private static bool SameDigest(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    /// <summary>Tells the issuer, whose copy records the delivery and meets supervision's delivery milestone.</summary>
    public static void Announce(CertificatesDbContext db, Certificate c, Delivery d, CallerContext caller, string masked) =>
        db.PublishFederated(new CertificateHandedOver(c.Identifier, c.CaseId, d.DestinationOrgUnitId!, caller.Division?.Value ?? "", masked,
                caller.Subject, d.DeliveredAt!.Value),
            new FederationRoute(CertificateHandedOver.Type, c.Identifier, c.HandlingDivision));
}
