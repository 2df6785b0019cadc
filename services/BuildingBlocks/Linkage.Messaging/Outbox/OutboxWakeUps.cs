using System.Collections.Concurrent;

namespace Linkage.Messaging;

/// <summary>Wakes a schema's dispatchers in this process when a commit has queued outbox rows. A module's rows are
/// written and dispatched by the same process, so no database round trip is needed; a NOTIFY in the writing
/// transaction would serialise every commit on PostgreSQL's notification lock (docs/decisions/0015).</summary>
internal static class OutboxWakeUps
{
    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<OutboxSignal, byte>> Waiting =
        new(StringComparer.Ordinal);

    public static IDisposable Subscribe(string schema, OutboxSignal signal)
    {
        var signals = Waiting.GetOrAdd(schema, _ => new ConcurrentDictionary<OutboxSignal, byte>());
        signals[signal] = 0;
        return new Subscription(() => signals.TryRemove(signal, out _));
    }

    public static void Wake(string schema)
    {
        if (!Waiting.TryGetValue(schema, out var signals)) return;
        foreach (var signal in signals.Keys) signal.Set();
    }

    /// <summary>Every schema's dispatchers in this process (a release of held rows, decision 0744).</summary>
    public static void WakeAll()
    {
        foreach (var schema in Waiting.Keys) Wake(schema);
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
