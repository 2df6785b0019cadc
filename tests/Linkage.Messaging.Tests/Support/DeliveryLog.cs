using System.Collections.Concurrent;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>What a test consumer saw, shared by every host of one test.</summary>
public sealed class DeliveryLog<T>
{
    public ConcurrentQueue<(Guid MessageId, T Message)> Received { get; } = new();

    public int Count => Received.Count;
}
