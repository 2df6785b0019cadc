namespace Linkage.Certificates.Domain;

/// <summary>How a licence reaches its holder (送达): collected at the window, handed over at the village station the
/// case came from, or mailed (free mail, seeds 001 and 003). One delivery per certificate version.</summary>
public sealed class Delivery
{
    private Delivery() { }

    public Guid Id { get; private set; }
    public Guid CertificateId { get; private set; }
    public DeliveryMethod Method { get; private set; }
    public string? DestinationOrgUnitId { get; private set; }
    public string? MailAddress { get; private set; }
    public string? TrackingNumber { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public DateTimeOffset ArrangedAt { get; private set; }
    public DateTimeOffset? DispatchedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? DeliveredBy { get; private set; }

    public static Delivery Arrange(Certificate c, DeliveryMethod method, string? mailAddress, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CertificateId = c.Id,
        Method = method,
        DestinationOrgUnitId = method switch
        {
            DeliveryMethod.Window => c.HandlingOrgUnitId,
            DeliveryMethod.VillageStation => c.SubmittedAtOrgUnitId,
            _ => null,
        },
        MailAddress = method == DeliveryMethod.Mail ? mailAddress : null,
        Status = DeliveryStatus.Arranged,
        ArrangedAt = now,
    };

    /// <summary>Moves forward only: arranged → dispatched → delivered (a window pickup may skip dispatch).</summary>
    public bool Advance(DeliveryStatus to, string? trackingNumber, string by, DateTimeOffset now)
    {
        if (to <= Status) return false;
        if (to == DeliveryStatus.Dispatched) (DispatchedAt, TrackingNumber) = (now, trackingNumber ?? TrackingNumber);
        if (to == DeliveryStatus.Delivered) (DeliveredAt, DeliveredBy) = (now, by);
        Status = to;
        return true;
    }
}

public enum DeliveryMethod
{
    Window,
    VillageStation,
    Mail,
}

public enum DeliveryStatus
{
    Arranged,
    Dispatched,
    Delivered,
}
