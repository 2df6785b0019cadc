namespace Linkage.Messaging;

/// <summary>A message written in the same transaction as the state change that caused it; the dispatcher
/// publishes it after commit. <see cref="Id"/> is the MassTransit MessageId or the CloudEvent id.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    public required string AggregateId { get; init; }

    /// <summary>Insertion order (identity column): the dispatch order within one aggregate.</summary>
    public long Sequence { get; private set; }

    public OutboxKind Kind { get; init; }

    /// <summary>Assembly-qualified CLR type (integration) or CloudEvent type, which is also the topic (federation).</summary>
    public required string MessageType { get; init; }

    /// <summary>camelCase JSON of the message or CloudEvent data.</summary>
    public required string Payload { get; init; }

    /// <summary>CloudEvent subject (federation only).</summary>
    public string? Subject { get; init; }

    /// <summary>CloudEvent <c>targetdivision</c> extension (federation only).</summary>
    public string? TargetDivision { get; init; }

    /// <summary>W3C traceparent of the writing request, so the publish joins its trace.</summary>
    public string? TraceParent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }
}
