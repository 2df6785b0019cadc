using MassTransit;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>Holds the publish of the messages it picks before they reach the broker (or, <paramref name="published"/>,
/// once the broker has them), until opened: a round that stays in flight for as long as a test needs.</summary>
public sealed class PublishGate(Func<object, bool> picks, bool published = false) : IPublishObserver
{
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Done once a picked message is waiting at the gate.</summary>
    public Task Held => held.Task;

    public void Open() => open.TrySetResult();

    public Task PrePublish<T>(PublishContext<T> context) where T : class => published ? Task.CompletedTask : Hold(context.Message);

    public Task PostPublish<T>(PublishContext<T> context) where T : class => published ? Hold(context.Message) : Task.CompletedTask;

    private Task Hold(object message)
    {
        if (!picks(message)) return Task.CompletedTask;
        held.TrySetResult();
        return open.Task;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
