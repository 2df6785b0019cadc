using System.Collections.Concurrent;
using MassTransit;

namespace Linkage.Supervision.Tests;

/// <summary>The message ids the bus has finished with, whether a consumer applied, skipped or set a message aside, so a
/// test that asserts "nothing was written" knows the message was taken first.</summary>
public sealed class ConsumedMessages : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, bool> seen = new();

    public bool Contains(Guid messageId) => seen.ContainsKey(messageId);

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Seen(context);

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Seen(context);

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;

    private Task Seen(ConsumeContext context)
    {
        if (context.MessageId is { } id) seen[id] = true;
        return Task.CompletedTask;
    }
}
