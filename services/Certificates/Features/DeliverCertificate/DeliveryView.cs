using Linkage.Certificates.Domain;

namespace Linkage.Certificates.Features.DeliverCertificate;

/// <summary>A delivery and where it stands; the mail address is shown only masked after its first 6 characters.</summary>
public sealed record DeliveryView(
    string Identifier,
    DeliveryMethod Method,
    string? DestinationOrgUnitId,
    string? MailAddress,
    string? TrackingNumber,
    DeliveryStatus Status,
    DateTimeOffset ArrangedAt,
    DateTimeOffset? DispatchedAt,
    DateTimeOffset? DeliveredAt)
{
    public static DeliveryView From(string identifier, Delivery d) => new(
        identifier, d.Method, d.DestinationOrgUnitId, d.MailAddress is { } a ? a[..Math.Min(6, a.Length)] + "…" : null,
        d.TrackingNumber, d.Status, d.ArrangedAt, d.DispatchedAt, d.DeliveredAt);
}

/// <summary><c>{ "method": "window" | "village-station" | "mail", "mailAddress": "..." }</c> to arrange;
/// <c>{ "status": "dispatched" | "delivered", "trackingNumber": "...", "idNumber": "...", "creditCode": "..." }</c> to
/// record progress; the holder's ID number is required to hand over a licence another deployment issued for the station
/// (decision 0625); an organisation's licence needs its credit code and the ID number of whoever collects it (0627), and
/// their name with <c>"collectorRole": "legal-representative" | "authorised"</c>, an authorised collector with the
/// authorisation letter's number (<c>authorisationLetter</c>, 0659).</summary>
public sealed record DeliveryRequest(string? Method, string? MailAddress, string? Status, string? TrackingNumber, string? IdNumber = null,
    string? CreditCode = null, string? CollectorName = null, string? CollectorRole = null, string? AuthorisationLetter = null);
