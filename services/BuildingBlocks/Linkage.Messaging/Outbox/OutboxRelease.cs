using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>A dispatcher's side of <see cref="OutboxHolds"/>: its schema's held rows made due when a release was asked
/// for since it last looked, and once at its start, since the process that held them may be gone (decision 0744).</summary>
internal sealed class OutboxRelease(OutboxHolds holds, string schema, ILogger log)
{
    private long seen = -1;

    /// <summary>True when it released (the rows are due now); false when nothing was asked or the statement failed
    /// (tried again at the next turn).</summary>
    public async Task<bool> RunAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var asked = holds.Releases;
        if (asked == seen) return false;
        try
        {
            await using var release = dataSource.CreateCommand(OutboxHolds.ReleaseSql(schema));
            var rows = await release.ExecuteNonQueryAsync(ct);
            seen = asked;
            if (rows > 0) MessagingTelemetry.Released.Add(rows, new KeyValuePair<string, object?>("schema", schema));
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Releasing the held outbox rows of {Schema} failed; trying again", schema);
            return false;
        }
    }
}
