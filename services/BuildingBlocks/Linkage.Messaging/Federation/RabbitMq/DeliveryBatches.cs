using System.Diagnostics;
using System.Threading.Channels;
using RabbitMQ.Client.Events;

namespace Linkage.Messaging;

/// <summary>Gathers a channel's deliveries while the previous batch is being settled, so the next takes up to
/// <paramref name="max"/> at once (at most the prefetch arrive unacked); each delivery's task completes when its batch
/// has been settled (decision 0629). While a backlog waits (a full batch is due and more wait behind it), the next
/// batch is taken once this one is due and its admission begun, so it is verified while this one applies: one batch
/// ahead at most, settled strictly after this one, nothing of it acked before (decision 0718). Without a backlog a batch
/// is taken when the one before it has settled, as before: what arrives meanwhile joins it. Each batch taken and
/// settled is told to the topic's <see cref="TopicDrain"/> (decision 0744).</summary>
internal sealed class DeliveryBatches(
    Func<IReadOnlyList<BasicDeliverEventArgs>, FederationBatchDelivery.Batch> take, int max, CancellationToken stopping,
    TopicDrain? drain = null)
{
    private readonly Channel<(BasicDeliverEventArgs Args, TaskCompletionSource Settled, long Written)> waiting =
        Channel.CreateUnbounded<(BasicDeliverEventArgs, TaskCompletionSource, long)>(new UnboundedChannelOptions { SingleReader = true });

    public DeliveryBatches Start()
    {
        _ = Task.Run(RunAsync);
        return this;
    }

    public Task AddAsync(BasicDeliverEventArgs args)
    {
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!waiting.Writer.TryWrite((args, settled, Stopwatch.GetTimestamp()))) settled.SetCanceled();
        return settled.Task;
    }

    private async Task RunAsync()
    {
        Taken? ahead = null;
        try
        {
            while (!stopping.IsCancellationRequested && (ahead is not null || await waiting.Reader.WaitToReadAsync(stopping)))
            {
                var due = ahead ?? Take();
                ahead = null;
                try
                {
                    await due.Batch.AdmittedAsync();
                    if (due.Settled.Count == max && waiting.Reader.TryPeek(out _))
                    {
                        ahead = Take();
                        ahead.Batch.AdmitAhead();
                    }
                    await due.Batch.SettleAsync(stopping);
                    foreach (var settled in due.Settled) settled.TrySetResult();
                }
                catch (Exception ex)
                {
                    foreach (var settled in due.Settled) settled.TrySetException(ex); // unacked: they come back
                }
                finally
                {
                    drain?.Settled();
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
            foreach (var settled in ahead?.Settled ?? []) settled.TrySetCanceled(); // admitted, never settled: unacked
            while (waiting.Reader.TryRead(out var left)) left.Settled.TrySetCanceled();
        }
    }

    private Taken Take()
    {
        var batch = new List<(BasicDeliverEventArgs Args, TaskCompletionSource Settled, long Written)>(max);
        while (batch.Count < max && waiting.Reader.TryRead(out var next)) batch.Add(next);
        drain?.Taken(batch.Count);
        var taken = take([.. batch.Select(b => b.Args)]);
        if (batch.Count > 0) taken.Waited(Stopwatch.GetElapsedTime(batch[0].Written), Stopwatch.GetElapsedTime(batch[^1].Written));
        return new Taken(taken, [.. batch.Select(b => b.Settled)]);
    }

    private sealed record Taken(FederationBatchDelivery.Batch Batch, List<TaskCompletionSource> Settled);
}
