namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>Holds handlers after their read until a given number of them have read, so that their writes race on what
/// they all read; once open (or before it is armed) it lets every handler through. It records each read.</summary>
public sealed class RaceGate
{
    private readonly Lock sync = new();
    private int waiting;
    private TaskCompletionSource? open;

    /// <summary>Every handler run that passed the gate, in order: the message's key and the row version it read.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string Key, uint Version)> Reads { get; } = new();

    public void Arm(int racers)
    {
        lock (sync)
        {
            waiting = racers;
            open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public Task PassAsync(string key, uint version, CancellationToken ct)
    {
        Reads.Enqueue((key, version));
        lock (sync)
        {
            if (open is not { } gate) return Task.CompletedTask;
            if (--waiting > 0) return gate.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            open = null;
            gate.SetResult();
            return Task.CompletedTask;
        }
    }
}
