namespace Linkage.Contracts.Events.Certificates;

/// <summary>The licence reached its holder: at the window, at the village station the case came from, or by mail.</summary>
public sealed record CertificateDelivered(
    Guid CertificateId,
    string Identifier,
    Guid CaseId,
    string Method,          // "window" | "village-station" | "mail"
    string? Destination,    // the org unit for window and station deliveries; none for mail (the address stays in the module)
    DateTimeOffset DeliveredAt);
