using Npgsql;

namespace Linkage.Messaging;

/// <summary>The dispatcher's statements: claim a batch, mark it, purge old rows. One round trip each.</summary>
internal sealed class OutboxStore(OutboxSql sql, OutboxOptions options)
{
    public string Schema => sql.Schema;

    /// <summary>The claimed rows and what they may leave pending behind them (decision 0761).</summary>
    public async Task<OutboxClaim> ClaimAsync(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql.Claim, conn, tx) { Parameters = { new() { Value = options.BatchSize }, new() { Value = options.MaxAttempts } } };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<OutboxRow>();
        var (windowFull, skipped, waiting) = (false, false, new Dictionary<long, long>());
        while (await reader.ReadAsync(ct))
        {
            if (reader.IsDBNull(0))
            {
                (windowFull, skipped) = (reader.GetBoolean(11), reader.GetBoolean(12));
                var pairs = reader.GetFieldValue<long[]>(13);
                for (var i = 0; i + 1 < pairs.Length; i += 2) waiting[pairs[i]] = pairs[i + 1];
                continue;
            }
            rows.Add(Row(reader));
        }
        return new OutboxClaim(rows, rows.Count > 0 && (windowFull || rows.Count >= options.BatchSize), skipped, waiting, windowFull);
    }

    /// <summary>The due rows of <paramref name="lanes"/> after each lane's last row that the round holds, locked in its
    /// transaction (decision 0850).</summary>
    public async Task<List<OutboxRow>> ClaimBehindAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<(OutboxLane Lane, long After)> lanes, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql.ClaimBehind, conn, tx)
        {
            Parameters =
            {
                new() { Value = lanes.Select(l => l.Lane.AggregateId).ToArray() },
                new() { Value = lanes.Select(l => l.Lane.Kind == OutboxKind.Federation ? "federation" : "integration").ToArray() },
                new() { Value = lanes.Select(l => l.After).ToArray() },
                new() { Value = options.MaxAttempts },
                new() { Value = options.BatchSize },
            },
        };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(ct)) rows.Add(Row(reader));
        return rows;
    }

    private static OutboxRow Row(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2),
        reader.GetString(3) == "federation" ? OutboxKind.Federation : OutboxKind.Integration,
        reader.GetString(4), reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.GetFieldValue<DateTimeOffset>(9), reader.GetInt32(10));

    /// <summary>Whether a claim would find anything: one autocommit read instead of a claim's BEGIN, SELECT … FOR UPDATE
    /// and COMMIT, for the polls that find nothing.</summary>
    public async Task<bool> AnyDueAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(sql.AnyDue);
        return await cmd.ExecuteScalarAsync(ct) is true;
    }

    public async Task MarkAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<PublishResult> results, CancellationToken ct)
    {
        var batch = new NpgsqlBatch(conn, tx);
        var done = results.Where(r => r.Error is null).Select(r => r.Id).ToArray();
        var failed = results.Where(r => r.Error is not null).ToArray();
        if (done.Length > 0)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.MarkDispatched) { Parameters = { new() { Value = done } } });
        if (failed.Length > 0)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.MarkFailed)
            {
                Parameters =
                {
                    new() { Value = failed.Select(f => f.Id).ToArray() },
                    new() { Value = failed.Select(f => Truncate(f.Error!)).ToArray() },
                    new() { Value = options.MaxBackoff.TotalSeconds },
                    new() { Value = options.MaxAttempts },
                    new() { Value = options.ParkedRetryInterval.TotalSeconds },
                },
            });
        await using (batch)
            if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Integration rows written by the dispatcher itself (the parked rows' alarms), in the round's transaction.</summary>
    public async Task AddAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<OutboxMessage> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var batch = new NpgsqlBatch(conn, tx);
        foreach (var r in rows)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.InsertIntegration)
            {
                Parameters = { new() { Value = r.Id }, new() { Value = r.AggregateId }, new() { Value = r.MessageType }, new() { Value = r.Payload }, new() { Value = r.CreatedAt } },
            });
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One batch of each table's rows past their retention deleted; the rows each statement deleted.</summary>
    public async Task<(int Outbox, int Inbox)> PurgeAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        var outbox = new NpgsqlBatchCommand(sql.PurgeOutbox) { Parameters = { new() { Value = options.Retention.TotalSeconds }, new() { Value = options.PurgeBatchSize } } };
        var inbox = new NpgsqlBatchCommand(sql.PurgeInbox) { Parameters = { new() { Value = options.InboxRetention.TotalSeconds }, new() { Value = options.PurgeBatchSize } } };
        batch.BatchCommands.Add(outbox);
        batch.BatchCommands.Add(inbox);
        await batch.ExecuteNonQueryAsync(ct);
        return (outbox.RecordsAffected, inbox.RecordsAffected);
    }

    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000];
}

internal sealed record PublishResult(Guid Id, string? Error);

/// <summary>A claim's rows; <see cref="LeftBehind"/>: rows of their lanes may still be pending behind them (a full batch,
/// or a full window, whose heads' followers stop at its edge; never when it took none: a window full of rows not due
/// would otherwise claim again and again); <see cref="Skipped"/>: due lane heads were locked by
/// rounds in flight, whose ends make their lanes' later rows due (decision 0761); <see cref="Waiting"/>: those skipped
/// heads with due rows of their lane behind them in the window, each with the lane's last due row (decision 0850);
/// <see cref="WindowFull"/>: a lane may have rows past the window's edge.</summary>
internal sealed record OutboxClaim(
    List<OutboxRow> Rows, bool LeftBehind, bool Skipped, IReadOnlyDictionary<long, long> Waiting, bool WindowFull);
