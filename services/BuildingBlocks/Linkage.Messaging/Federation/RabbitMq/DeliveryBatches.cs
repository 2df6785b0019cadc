using System.Threading.Channels;

namespace Linkage.Messaging;

/// <summary>Gathers a channel's deliveries while the previous batch is being settled, so the next takes up to
/// <paramref name="max"/> at once (at most the prefetch arrive unacked); each delivery's task completes when its batch
/// has been settled (decision 0629).</summary>
internal sealed class DeliveryBatches<TDelivery>(
    Func<IReadOnlyList<TDelivery>, CancellationToken, Task> settle, int max, CancellationToken stopping)
{
    private readonly Channel<(TDelivery Delivery, TaskCompletionSource Settled)> waiting =
        Channel.CreateUnbounded<(TDelivery, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    public DeliveryBatches<TDelivery> Start()
    {
        _ = Task.Run(RunAsync);
        return this;
    }

    public Task AddAsync(TDelivery delivery)
    {
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!waiting.Writer.TryWrite((delivery, settled))) settled.SetCanceled();
        return settled.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<(TDelivery Delivery, TaskCompletionSource Settled)>(max);
        try
        {
            while (await waiting.Reader.WaitToReadAsync(stopping))
            {
                batch.Clear();
                while (batch.Count < max && waiting.Reader.TryRead(out var next)) batch.Add(next);
                try
                {
                    await settle([.. batch.Select(b => b.Delivery)], stopping);
                    foreach (var b in batch) b.Settled.TrySetResult();
                }
                catch (Exception ex)
                {
                    foreach (var b in batch) b.Settled.TrySetException(ex); // unacked: they come back
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
        finally
        {
            waiting.Writer.TryComplete();
            while (waiting.Reader.TryRead(out var left)) left.Settled.TrySetCanceled();
        }
    }
}
