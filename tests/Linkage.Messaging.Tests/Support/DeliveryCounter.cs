using MassTransit;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>Counts finished consume attempts (success or fault) per message type, so a test knows every
/// duplicate delivery has been through the consumer.</summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private int finished;

    public int Finished => Volatile.Read(ref finished);

    /// <summary>Every failed attempt, with the message it failed on.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(object Message, Exception Exception)> Faults { get; } = new();

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Interlocked.Increment(ref finished);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        Faults.Enqueue((context.Message, exception));
        Interlocked.Increment(ref finished);
        return Task.CompletedTask;
    }
}
