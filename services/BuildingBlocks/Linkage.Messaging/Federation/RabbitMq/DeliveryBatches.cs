using System.Threading.Channels;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Gathers a channel's deliveries while the previous batch is being settled, so the next takes up to
/// <paramref name="max"/> at once (at most the prefetch arrive unacked); each delivery's task completes when its batch
/// has been settled (decision 0629).</summary>
internal sealed class DeliveryBatches(
    Func<IReadOnlyList<BasicDeliverEventArgs>, CancellationToken, Task> settle, int max, CancellationToken stopping)
{
    private readonly Channel<(BasicDeliverEventArgs Args, TaskCompletionSource Settled)> waiting =
        Channel.CreateUnbounded<(BasicDeliverEventArgs, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });

    public DeliveryBatches Start()
    {
        _ = Task.Run(RunAsync);
        return this;
    }

    public Task AddAsync(BasicDeliverEventArgs args)
    {
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!waiting.Writer.TryWrite((args, settled))) settled.SetCanceled();
        return settled.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<(BasicDeliverEventArgs Args, TaskCompletionSource Settled)>(max);
        try
        {
            while (await waiting.Reader.WaitToReadAsync(stopping))
            {
                batch.Clear();
                while (batch.Count < max && waiting.Reader.TryRead(out var next)) batch.Add(next);
                try
                {
                    await settle([.. batch.Select(b => b.Args)], stopping);
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
