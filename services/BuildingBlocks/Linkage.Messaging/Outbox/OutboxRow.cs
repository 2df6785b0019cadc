namespace Linkage.Messaging;

/// <summary>A pending outbox row as the dispatcher claimed it.</summary>
internal sealed record OutboxRow(
    Guid Id,
    string AggregateId,
    long Sequence,
    OutboxKind Kind,
    string MessageType,
    string Payload,
    string? Subject,
    string? TargetDivision,
    string? TraceParent,
    DateTimeOffset CreatedAt,
    int Attempts);
