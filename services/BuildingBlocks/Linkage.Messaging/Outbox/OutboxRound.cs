using Npgsql;

namespace Linkage.Messaging;

/// <summary>One dispatch round in one transaction: claim, publish concurrently (the claimed rows belong to distinct
/// aggregates), mark dispatched or failed, commit. A crash before commit leaves the rows pending: they are
/// published again (at least once; consumers dedupe on the message id).</summary>
internal sealed class OutboxRound(NpgsqlDataSource dataSource, OutboxStore store, OutboxRowPublisher publisher)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var rows = await store.ClaimAsync(conn, tx, ct);
        if (rows.Count == 0)
        {
            await tx.CommitAsync(ct);
            return 0;
        }
        var results = await Task.WhenAll(rows.Select(r => publisher.PublishAsync(r, ct)));
        await store.MarkAsync(conn, tx, results, ct);
        await tx.CommitAsync(ct);

        var failed = results.Count(r => r.Error is not null);
        MessagingTelemetry.Dispatched.Add(results.Length - failed, new KeyValuePair<string, object?>("schema", store.Schema));
        if (failed > 0) MessagingTelemetry.Failed.Add(failed, new KeyValuePair<string, object?>("schema", store.Schema));
        return rows.Count;
    }
}
