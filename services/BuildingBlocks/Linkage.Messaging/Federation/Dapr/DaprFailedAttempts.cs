namespace Linkage.Messaging;

/// <summary>How often each CloudEvent's handlers have failed here, by id, and whether its dead-letter card was raised,
/// in <c>federation.failed_deliveries</c> of the deployment's database (decision 0686). The sidecar retries a RETRY per
/// its resiliency policy and, with <c>requeueInFailure</c>, the broker redelivers it after that, never telling the app
/// a count (0613); the sidecar talks only to its own app, so its retries are counted where they arrive, and every
/// replica and a restart count on in the same row. A row lives while the event fails: applied, refused or not ours,
/// it is forgotten; one whose event has not failed again for as long as an event may live is swept
/// (<see cref="FailedDeliveriesSweep"/>).</summary>
internal sealed class DaprFailedAttempts(FederationDatabase database)
{
    /// <summary>This failure's number (1 for the first) and whether the card is up already.</summary>
    public async Task<(int Failures, bool Carded)> FailedAsync(string id, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand(
            """
            INSERT INTO federation.failed_deliveries (event_id, failures, failed_at) VALUES (@id, 1, now())
            ON CONFLICT (event_id) DO UPDATE SET failures = failed_deliveries.failures + 1, failed_at = now()
            RETURNING failures, carded
            """);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt32(0), reader.GetBoolean(1));
    }

    public Task MarkCardedAsync(string id, CancellationToken ct) =>
        ExecuteAsync("UPDATE federation.failed_deliveries SET carded = true WHERE event_id = @id", id, ct);

    /// <summary>Whether the event's card is up; null when it has not failed here (the usual case: one read).</summary>
    public async Task<bool?> CardedAsync(string id, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand("SELECT carded FROM federation.failed_deliveries WHERE event_id = @id");
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(ct) as bool?;
    }

    /// <summary>Forgets the event: applied, refused or not ours.</summary>
    public Task SettledAsync(string id, CancellationToken ct) =>
        ExecuteAsync("DELETE FROM federation.failed_deliveries WHERE event_id = @id", id, ct);

    /// <summary>Forgets the events that last failed more than <paramref name="age"/> ago, a batch at a time until a short
    /// batch (as the outbox's purge, decision 0813); rows another replica's sweep holds are skipped, not waited for. How
    /// many.</summary>
    public async Task<int> ForgetOlderThanAsync(TimeSpan age, int batch, CancellationToken ct)
    {
        var forgotten = 0;
        while (batch > 0)
        {
            await using var command = DataSource.CreateCommand(
                """
                DELETE FROM federation.failed_deliveries WHERE event_id IN
                  (SELECT event_id FROM federation.failed_deliveries WHERE failed_at < now() - @age * interval '1 second'
                   LIMIT @batch FOR UPDATE SKIP LOCKED)
                """);
            command.Parameters.AddWithValue("age", age.TotalSeconds);
            command.Parameters.AddWithValue("batch", batch);
            var deleted = await command.ExecuteNonQueryAsync(ct);
            forgotten += deleted;
            if (deleted < batch) break;
        }
        return forgotten;
    }

    private async Task ExecuteAsync(string sql, string id, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(ct);
    }

    private Npgsql.NpgsqlDataSource DataSource => database.DataSource
        ?? throw new InvalidOperationException("Federation mode 'dapr' counts failed deliveries in the database: set ConnectionStrings:Linkage.");
}
