using Microsoft.Extensions.Logging;

namespace Linkage.Messaging;

/// <summary>One subscription's drain (decision 0744), told by its <see cref="DeliveryBatches"/>: a full batch taken
/// means a backlog waits, and it drains until two batches in a row are taken part full (the queue keeps up) or no batch
/// is taken for <c>quiet</c> after the last settled (the backlog is gone). The held rows are released once every batch
/// taken has settled: a round applied while it drained has committed what it held by then.</summary>
internal sealed class TopicDrain : IDisposable
{
    private readonly string topic;
    private readonly int max;
    private readonly TimeSpan quiet;
    private readonly OutboxHolds holds;
    private readonly ILogger log;
    private readonly Lock gate = new();
    private readonly Timer quietTimer;
    private int inFlight;
    private int partFull;
    private bool draining;
    private bool releaseDue;
    private bool disposed;

    public TopicDrain(string topic, int max, TimeSpan quiet, OutboxHolds holds, ILogger log)
    {
        (this.topic, this.max, this.quiet, this.holds, this.log) = (topic, max, quiet, holds, log);
        quietTimer = new Timer(_ => Quiet(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public bool Draining
    {
        get
        {
            lock (gate) return draining;
        }
    }

    public void Taken(int count)
    {
        lock (gate)
        {
            inFlight++;
            quietTimer.Change(Timeout.Infinite, Timeout.Infinite);
            if (count >= max)
            {
                partFull = 0;
                if (!draining) log.LogInformation("{Topic}: a backlog drains; its rounds hold the life cycle they start", topic);
                draining = true;
            }
            else if (draining && ++partFull >= 2) End("the queue keeps up");
        }
    }

    public void Settled()
    {
        lock (gate)
        {
            inFlight--;
            if (inFlight > 0 || disposed) return;
            if (releaseDue)
            {
                releaseDue = false;
                holds.Release();
            }
            else if (draining) quietTimer.Change(quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Quiet()
    {
        lock (gate)
        {
            if (inFlight > 0 || !draining || disposed) return;
            End("nothing more waits");
            releaseDue = false;
            holds.Release();
        }
    }

    /// <summary>Rounds applied from now on hold nothing; what was held is released once nothing is in flight.</summary>
    private void End(string why)
    {
        draining = false;
        releaseDue = true;
        log.LogInformation("{Topic}: the backlog has drained ({Why}); the life cycle it held is released", topic, why);
    }

    /// <summary>Its channel is gone: what it held is released, as nothing of it will settle.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            if (draining || releaseDue) holds.Release();
        }
        quietTimer.Dispose();
    }
}
