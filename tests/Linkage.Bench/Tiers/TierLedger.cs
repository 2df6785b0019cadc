using Npgsql;

namespace Linkage.Bench.Tiers;

/// <summary>What the deployments recorded, each read from its own database: when the station received each case, when
/// the city marked it arrived, how many federation events the town's outbox holds for the cases, and how many
/// case-forwarded events the city's inbox applied.</summary>
public sealed class TierLedger(TierLayout layout) : IAsyncDisposable
{
    private readonly Dictionary<string, NpgsqlDataSource> databases = TierLayout.Tiers.ToDictionary(t => t, t => NpgsqlDataSource.Create(layout.Database(t)));

    public Task<Dictionary<Guid, DateTimeOffset>> ReceivedAtTownAsync(IReadOnlyList<Guid> ids) =>
        TimesAsync("town", """SELECT "Id", "ReceivedAt" FROM intake.cases WHERE "Id" = ANY($1)""", ids);

    public Task<Dictionary<Guid, DateTimeOffset>> ArrivedAtCityAsync(IReadOnlyList<Guid> ids) =>
        TimesAsync("city", """SELECT "Id", "ArrivedAt" FROM intake.cases WHERE "Id" = ANY($1) AND "ArrivedAt" IS NOT NULL""", ids);

    /// <summary>Federation events the town published about the cases (each case's case-forwarded).</summary>
    public async Task<long> SentByTownAsync(IReadOnlyList<Guid> ids)
    {
        await using var command = Command("town",
            "SELECT count(*) FROM intake.outbox_messages WHERE kind = 'federation' AND subject = ANY($1)", ids.Select(i => i.ToString()).ToArray());
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Cases the town received since <paramref name="since"/> that are not among <paramref name="ids"/>: taken
    /// although no client was told so.</summary>
    public async Task<long> UnacknowledgedAtTownAsync(IReadOnlyList<Guid> ids, DateTimeOffset since)
    {
        await using var command = Command("town", """SELECT count(*) FROM intake.cases WHERE "ReceivedAt" >= $2 AND NOT "Id" = ANY($1)""", ids.ToArray());
        command.Parameters.Add(new NpgsqlParameter { Value = since });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Case-forwarded events the city applied since <paramref name="since"/>, and when the last was applied.</summary>
    public async Task<(long Applied, DateTimeOffset? Last)> AppliedByCityAsync(DateTimeOffset since)
    {
        await using var command = Command("city",
            "SELECT count(*), max(processed_at) FROM intake.inbox_messages WHERE consumer LIKE '%CaseForwardedHandler' AND processed_at >= $1", since);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }

    private async Task<Dictionary<Guid, DateTimeOffset>> TimesAsync(string tier, string sql, IReadOnlyList<Guid> ids)
    {
        await using var command = Command(tier, sql, ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var times = new Dictionary<Guid, DateTimeOffset>();
        while (await reader.ReadAsync()) times[reader.GetGuid(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        return times;
    }

    private NpgsqlCommand Command(string tier, string sql, object parameter)
    {
        var command = databases[tier].CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in databases.Values) await database.DisposeAsync();
    }
}
