namespace Linkage.Messaging;

/// <summary>A message a consumer has applied: (message id, consumer) is recorded in the consumer's transaction.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    public required string Consumer { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
