using System.Diagnostics;
using System.Text.Json;

namespace Linkage.Messaging;

internal static class OutboxRows
{
    public static OutboxMessage Integration<T>(T message, string aggregateId) where T : class
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(aggregateId);
        var type = message.GetType();
        return new OutboxMessage
        {
            Id = OutboxIds.Next(),
            AggregateId = aggregateId,
            Kind = OutboxKind.Integration,
            MessageType = MessageTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(message, type, MessageJson.Options),
            TraceParent = Activity.Current?.Id,
            CreatedAt = DateTimeOffset.UtcNow,
        };
    }

    public static OutboxMessage Federation<T>(T payload, FederationRoute route) where T : class
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(route);
        route.Validate();
        return new OutboxMessage
        {
            Id = OutboxIds.Next(),
            AggregateId = route.Subject,
            Kind = OutboxKind.Federation,
            MessageType = route.Type,
            Payload = JsonSerializer.Serialize(payload, payload.GetType(), MessageJson.Options),
            Subject = route.Subject,
            TargetDivision = route.TargetDivision,
            TraceParent = Activity.Current?.Id,
            CreatedAt = DateTimeOffset.UtcNow,
        };
    }
}
