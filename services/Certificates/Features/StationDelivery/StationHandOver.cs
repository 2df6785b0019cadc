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
/// only the masked form is kept, audited and sent up to the issuer. An organisation's licence is collected by a person
/// for it: the credit code is checked against the holder's, the collector's ID number is validated (0627).</summary>
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

    /// <summary>Why the hand-over is refused, on which field (never echoing an ID number), or null with the masked ID of
    /// whoever collects it. A person's licence: the holder's own ID number, whose masked form is the licence's and whose
    /// keyed digest (<paramref name="digestOf"/>, this deployment's) is the holder's; a copy sent before the digest came
    /// down (empty) is checked on the masked form alone. An organisation's licence (decision 0627): the organisation's
    /// credit code, which must be the holder's, and a valid resident ID of the person collecting it for the organisation.</summary>
    public static (string Field, string Error)? Refusal(string? idNumber, string? creditCode, Certificate c, Func<string, string> digestOf,
        out string masked)
    {
        masked = "";
        if (c.HolderCreditCode is { } holder && OrganisationRefusal(creditCode, holder) is { } wrongCode) return ("creditCode", wrongCode);
        if (!CitizenId.TryParse(idNumber, out var id, out var error)) return ("idNumber", error);
        if (c.HolderCreditCode is null
            && (id.Masked != c.Holder.MaskedId || (c.Holder.IdDigest.Length > 0 && !SameDigest(digestOf(id.Value), c.Holder.IdDigest))))
            return ("idNumber", "This is not the ID number of the licence's holder.");
        masked = id.Masked;
        return null;
    }

    /// <summary>A collector who says they are the organisation's legal representative, where intake recorded one (decision
    /// 0672): their ID number's keyed digest must be the representative's (else 422 on <c>collectorRole</c>: anyone else
    /// collects on an authorisation letter) and their name the one recorded (else 422 on <c>collectorName</c>). Where none
    /// was recorded (an older case, or none given), the business licence shown decides, as before (0659).</summary>
    public static (string Field, string Error)? RepresentativeRefusal(Certificate c, CompanyCollector collector, string? idNumber,
        Func<string, string> digestOf)
    {
        if (collector.AuthorisationLetter is not null || c.Holder.LegalRepresentative is not { } recorded) return null;
        if (!CitizenId.TryParse(idNumber, out var id, out _) || !SameDigest(digestOf(id.Value), recorded.IdDigest))
            return ("collectorRole", $"This is not the legal representative recorded when the case was taken in; anyone else collects as '{CompanyCollector.Authorised}', with the authorisation letter's number.");
        return collector.Name == recorded.Name ? null
            : ("collectorName", "The legal representative was recorded under another name when the case was taken in; enter it as on the ID card.");
    }

    /// <summary>Not echoed: an ID number typed into the field would be.</summary>
    public const string InvalidCreditCode = "Enter the organisation's unified social credit code: 18 characters with a valid check character (GB 32100).";

    private static string? OrganisationRefusal(string? creditCode, string holder)
    {
        if (!CreditCode.TryParse(creditCode, out var code, out _)) return InvalidCreditCode;
        return code.Value == holder ? null : "This is not the unified social credit code of the licence's holder.";
    }

    /// <summary>Who collected, as audited: the collector's masked ID, and for an organisation's licence its credit code,
    /// the collector's name and authorisation letter (0659).</summary>
    public static object Collected(Certificate c, string recipient, CompanyCollector? collector) =>
        c.HolderCreditCode is { } organisation
            ? new { recipient, organisation, name = collector?.Name, authorisationLetter = collector?.AuthorisationLetter }
            : new { recipient };

    private static bool SameDigest(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    /// <summary>Tells the issuer, whose copy records the delivery and meets supervision's delivery milestone.
    /// The station's own case hears it as this deployment's CertificateDelivered (decision 0658).</summary>
    public static void Announce(CertificatesDbContext db, Certificate c, Delivery d, CallerContext caller, string masked, CompanyCollector? collector)
    {
        db.PublishFederated(new CertificateHandedOver(c.Identifier, c.CaseId, d.DestinationOrgUnitId!, caller.Division?.Value ?? "", masked,
                caller.Subject, d.DeliveredAt!.Value, RecipientName: collector?.Name, AuthorisationLetter: collector?.AuthorisationLetter,
                DeliveredByName: caller.Name),
            new FederationRoute(CertificateHandedOver.Type, c.Identifier, c.HandlingDivision));
        db.Publish(CertificateEvents.Delivered(c, d) with
        {
            DeliveredByName = caller.Name, RecipientMaskedId = masked, RecipientName = collector?.Name,
            AuthorisationLetter = collector?.AuthorisationLetter,
        }, c.CaseId.ToString());
    }
}
