namespace Linkage.Messaging;

/// <summary>An auto-reset wake-up for the dispatcher: any number of wake-ups before it waits count as one.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await semaphore.WaitAsync(timeout, ct);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
