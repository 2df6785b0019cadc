namespace Linkage.Contracts.Events.Certificates;

/// <summary>The licence reached its holder: at the window, at the village station the case came from, or by mail. Who
/// recorded it and, when it was handed over in person, who collected it: only the collector's masked ID (decisions
/// 0625, 0658), with a company's collector's name and authority (0659).</summary>
public sealed record CertificateDelivered(
    Guid CertificateId,
    string Identifier,
    Guid CaseId,
    string Method,          // "window" | "village-station" | "mail"
    string? Destination,    // the org unit for window and station deliveries; none for mail (the address stays in the module)
    DateTimeOffset DeliveredAt,
    string? DeliveredBy = null,         // the subject of the clerk or agent who recorded it (added with decision 0658)
    string? DeliveredByName = null,
    string? RecipientMaskedId = null,   // the collector's masked ID, when it was checked
    string? RecipientName = null,       // a company's collector (0659)
    string? AuthorisationLetter = null); // the number of the 授权委托书 a company's collector presented (0659)
