using MassTransit;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>Holds the publish of the messages it picks before they reach the broker, until opened: a round that stays
/// in flight for as long as a test needs.</summary>
public sealed class PublishGate(Func<object, bool> picks) : IPublishObserver
{
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once a picked message is waiting at the gate.</summary>
    public Task Held => held.Task;

    public void Open() => open.TrySetResult();

    public Task PrePublish<T>(PublishContext<T> context) where T : class
    {
        if (!picks(context.Message)) return Task.CompletedTask;
        held.TrySetResult();
        return open.Task;
    }

    public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
