using MassTransit;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Counts finished consumes of deliveries a test marked with <see cref="Header"/>, so it knows one particular
/// delivery has been through the consumer even when the inbox skipped its handler.</summary>
public sealed class MarkedConsumes : IConsumeObserver
{
    public const string Header = "Linkage-Test-Mark";
    private int finished;

    public int Finished => Volatile.Read(ref finished);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Count(context);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Count(context);

    private Task Count(ConsumeContext context)
    {
        if (context.Headers.TryGetHeader(Header, out _)) Interlocked.Increment(ref finished);
        return Task.CompletedTask;
    }
}
