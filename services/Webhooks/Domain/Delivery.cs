namespace Linkage.Webhooks.Domain;

/// <summary>One event for one subscription and its delivery log: sent in <see cref="Id"/> order per subscription,
/// retried with exponential backoff until delivered or out of attempts (decision 0601). The body is the CloudEvent
/// as first written, so a retry or a replay sends the same bytes with the same <see cref="EventId"/>.</summary>
public sealed class Delivery
{
    private Delivery() { }

    public Delivery(Guid subscriptionId, Guid eventId, string eventType, string body, DateTimeOffset at) =>
        (SubscriptionId, EventId, EventType, Body, CreatedAt, DueAt, Status) = (subscriptionId, eventId, eventType, body, at, at, DeliveryStatus.Pending);

    public long Id { get; private set; }
    public Guid SubscriptionId { get; private set; }
    public Guid EventId { get; private set; }
    public string EventType { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DeliveryStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? LastAttemptAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public int? ResponseCode { get; private set; }
    public string? LastError { get; private set; }

    public void Succeeded(int code, DateTimeOffset at) =>
        (Status, Attempts, LastAttemptAt, DeliveredAt, ResponseCode, LastError) = (DeliveryStatus.Delivered, Attempts + 1, at, at, code, null);

    public void AttemptFailed(int? code, string error, Backoff backoff, DateTimeOffset at)
    {
        (Attempts, LastAttemptAt, ResponseCode, LastError) = (Attempts + 1, at, code, error.Length <= WebhookLimits.ErrorLength ? error : error[..WebhookLimits.ErrorLength]);
        if (Attempts >= backoff.MaxAttempts) Status = DeliveryStatus.Failed;
        else DueAt = at + backoff.After(Attempts);
    }

    /// <summary>Sent again from the first attempt (replay after a receiver's downtime or loss).</summary>
    public void Replay(DateTimeOffset at) => (Status, Attempts, DueAt) = (DeliveryStatus.Pending, 0, at);
}
