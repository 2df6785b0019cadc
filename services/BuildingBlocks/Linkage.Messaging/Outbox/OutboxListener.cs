using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>LISTEN on <c>linkage_outbox</c> over one dedicated, unpooled connection per database, waking the
/// dispatcher of the schema named in each notification. After a lost connection it reconnects and wakes every
/// dispatcher once, since notifications sent meanwhile are gone (the polling fallback covers the gap).</summary>
internal sealed class OutboxListener(string connectionString, ILogger log)
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, ConcurrentBag<OutboxSignal>> signals = new(StringComparer.Ordinal);

    public void Subscribe(string schema, OutboxSignal signal) => signals.GetOrAdd(schema, _ => []).Add(signal);

    public async Task RunAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "linkage-outbox-listener",
        };
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(builder.ConnectionString);
                await conn.OpenAsync(ct);
                conn.Notification += (_, e) => Wake(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxSql.NotifyChannel}", conn))
                    await listen.ExecuteNonQueryAsync(ct);
                WakeAll();
                while (true) await conn.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "The outbox listener lost its connection; reconnecting");
                try
                {
                    await Task.Delay(ReconnectDelay, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Wake(string schema)
    {
        if (signals.TryGetValue(schema, out var waiting))
            foreach (var signal in waiting) signal.Set();
    }

    private void WakeAll()
    {
        foreach (var signal in signals.Values.SelectMany(s => s)) signal.Set();
    }
}
