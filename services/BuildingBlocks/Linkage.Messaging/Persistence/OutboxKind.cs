namespace Linkage.Messaging;

/// <summary>What an outbox row carries: a MassTransit integration event or a federation CloudEvent.</summary>
public enum OutboxKind
{
    Integration,
    Federation,
}
