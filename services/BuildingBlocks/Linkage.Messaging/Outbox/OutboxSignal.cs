namespace Linkage.Messaging;

/// <summary>An auto-reset wake-up for the dispatcher: any number of wake-ups before it waits count as one. Every commit
/// that queued rows sets it, mostly when it is set already: that case reads the count and returns, without the
/// semaphore's lock and without the <see cref="SemaphoreFullException"/> a second release throws (decision 0683).</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Set()
    {
        if (semaphore.CurrentCount > 0) return; // signalled, not yet taken
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // another commit signalled it between the look and the release
        }
    }

    /// <summary>Takes a wake-up that came before a claim, which sees what it was for: true when there was one.</summary>
    public bool TryTake() => semaphore.Wait(0);

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
