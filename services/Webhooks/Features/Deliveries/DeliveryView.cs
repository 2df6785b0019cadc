using System.Text.Json;
using Linkage.Webhooks.Domain;

namespace Linkage.Webhooks.Features.Deliveries;

/// <summary>A line of the delivery log.</summary>
public sealed record DeliveryView(
    long Id, Guid EventId, string EventType, string Status, int Attempts, int? ResponseCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt)
{
    public static DeliveryView From(Delivery d) => new(d.Id, d.EventId, d.EventType,
        JsonNamingPolicy.KebabCaseLower.ConvertName(d.Status.ToString()), d.Attempts, d.ResponseCode, d.LastError,
        d.CreatedAt, d.LastAttemptAt, d.DeliveredAt, d.Status == DeliveryStatus.Pending ? d.DueAt : null);
}
