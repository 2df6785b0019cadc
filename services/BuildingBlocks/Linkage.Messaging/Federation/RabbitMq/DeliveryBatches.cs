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
/// settled is told to the topic's <see cref="TopicDrain"/> (decision 0744). A delivery is written to the batches'
/// channel first, its place fixed there, then handed to <paramref name="admit"/> on a thread of its own started here,
/// which admits what it gets to before a batch's due path or the thread ahead claims it (decision 0828); without
/// <paramref name="admit"/> (a test's, <see cref="FederationOptions.AdmitsOnArrival"/>) nothing is admitted on arrival.</summary>
internal sealed class DeliveryBatches(
    Func<IReadOnlyList<Arrival>, FederationBatchDelivery.Batch> take, Action<Arrival>? admit, int max,
    CancellationToken stopping, TopicDrain? drain = null)
{
    private static readonly UnboundedChannelOptions OneReader = new() { SingleReader = true };

    private readonly Channel<Arrival> waiting = Channel.CreateUnbounded<Arrival>(OneReader);
    private readonly Channel<Arrival> arrived = Channel.CreateUnbounded<Arrival>(OneReader);

    public DeliveryBatches Start()
    {
        _ = Task.Run(RunAsync);
        if (admit is null) return this;
        // outside the pool, as 0718's thread ahead: the pool's threads stay free for the applying round's I/O
        _ = Task.Factory.StartNew(
            AdmitArrivals, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return this;
    }

    public Task AddAsync(BasicDeliverEventArgs args)
    {
        var arrival = new Arrival(args);
        if (!waiting.Writer.TryWrite(arrival)) arrival.Settled.SetCanceled();
        else if (admit is not null) arrived.Writer.TryWrite(arrival);
        return arrival.Settled.Task;
    }

    private void AdmitArrivals()
    {
        try
        {
            while (arrived.Reader.WaitToReadAsync(stopping).AsTask().GetAwaiter().GetResult())
                while (!stopping.IsCancellationRequested && arrived.Reader.TryRead(out var arrival))
                    AdmitEarly(arrival);
        }
        catch (OperationCanceledException)
        {
            // stopping: what is not admitted yet is admitted when due, or comes back unacked
        }
    }

    /// <summary>Ends both loops when the subscription failed after its start (its channel disposed, no stop coming):
    /// what waits comes back unacked.</summary>
    public void Stop()
    {
        waiting.Writer.TryComplete();
        arrived.Writer.TryComplete();
    }

    private void AdmitEarly(Arrival arrival)
    {
        if (arrival.Settled.Task.IsCompleted) return;
        try
        {
            admit!(arrival);
        }
        catch (Exception)
        {
            // unclaimed, or its claim holds the failure: either way the due path settles it, and the thread goes on
        }
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
                    if (due.Arrivals.Count == max && waiting.Reader.TryPeek(out _))
                    {
                        ahead = Take();
                        ahead.Batch.AdmitAhead();
                    }
                    await due.Batch.SettleAsync(stopping);
                    foreach (var arrival in due.Arrivals) arrival.Settled.TrySetResult();
                }
                catch (Exception ex)
                {
                    foreach (var arrival in due.Arrivals) arrival.Settled.TrySetException(ex); // unacked: they come back
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
            arrived.Writer.TryComplete();
            foreach (var arrival in ahead?.Arrivals ?? []) arrival.Settled.TrySetCanceled(); // admitted, never settled: unacked
            while (waiting.Reader.TryRead(out var left)) left.Settled.TrySetCanceled();
        }
    }

    private Taken Take()
    {
        var batch = new List<Arrival>(max);
        while (batch.Count < max && waiting.Reader.TryRead(out var next)) batch.Add(next);
        drain?.Taken(batch.Count);
        var taken = take(batch);
        if (batch.Count > 0)
            taken.Waited(Stopwatch.GetElapsedTime(batch[0].Written), Stopwatch.GetElapsedTime(batch[^1].Written));
        return new Taken(taken, batch);
    }

    private sealed record Taken(FederationBatchDelivery.Batch Batch, List<Arrival> Arrivals);
}
