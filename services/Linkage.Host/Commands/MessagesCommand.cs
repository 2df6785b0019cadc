using Linkage.Messaging;

namespace Linkage.Host.Commands;

/// <summary><c>messages replay|purge [queue-prefix]</c>: parked outbox rows of the configured modules get a fresh set
/// of attempts (replay) or are deleted (purge); messages in <c>_error</c> queues go back to their queue (replay) or
/// are dropped (purge); so are the federation adapter's <c>dlq-*</c> and <c>*-quarantine</c> queues, replayed into
/// their topic's queue to be checked again (0623). See docs/decisions/0311.</summary>
public static class MessagesCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, IConfiguration config, string? action, string? prefix)
    {
        if (action is not ("replay" or "purge"))
        {
            await Console.Error.WriteLineAsync("usage: messages replay|purge [queue-prefix]");
            return 2;
        }
        var replay = action == "replay";
        foreach (var outbox in services.GetServices<IParkedOutbox>())
        {
            var rows = replay ? await outbox.ReplayAsync(CancellationToken.None) : await outbox.PurgeAsync(CancellationToken.None);
            Console.WriteLine($"{action} {rows} parked outbox rows in {outbox.Schema}");
        }
        var queues = new ErrorQueues(config);
        var counts = replay ? await queues.ReplayAsync(prefix ?? "", CancellationToken.None) : await queues.PurgeAsync(prefix ?? "", CancellationToken.None);
        foreach (var (queue, count) in counts) Console.WriteLine($"{action} {count} messages in {queue}");
        var federation = new FederationDeadLetters(config);
        counts = replay ? await federation.ReplayAsync(prefix ?? "", CancellationToken.None) : await federation.PurgeAsync(prefix ?? "", CancellationToken.None);
        foreach (var (queue, count) in counts) Console.WriteLine($"{action} {count} federation events in {queue}");
        return 0;
    }
}
