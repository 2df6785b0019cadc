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

    /// <summary>True when woken, false when the timeout passed (or the dispatcher is stopping).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            return await semaphore.WaitAsync(timeout, ct);
        }
        catch (OperationCanceledException)
        {
            return false; // stopping
        }
    }
}
