using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>LISTEN on <c>linkage_outbox</c> over a dedicated, unpooled connection; reconnects after a failure and
/// then signals once, since notifications sent while it was away are lost (the polling fallback covers the gap).</summary>
internal sealed class OutboxListener(string connectionString, string schema, OutboxSignal signal, ILogger log)
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    public async Task RunAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = $"linkage-outbox-listener-{schema}",
        };
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(builder.ConnectionString);
                await conn.OpenAsync(ct);
                conn.Notification += (_, e) =>
                {
                    if (e.Payload == schema) signal.Set();
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {OutboxSql.NotifyChannel}", conn))
                    await listen.ExecuteNonQueryAsync(ct);
                signal.Set();
                while (true) await conn.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Outbox listener for schema {Schema} lost its connection; reconnecting", schema);
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
}
