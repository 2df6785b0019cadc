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

    /// <summary>The federation events the town published about the cases (each case's case-forwarded): event id → case.</summary>
    public async Task<Dictionary<Guid, Guid>> SentByTownAsync(IReadOnlyList<Guid> ids)
    {
        await using var command = Command("town",
            "SELECT id, subject FROM intake.outbox_messages WHERE kind = 'federation' AND subject = ANY($1)", ids.Select(i => i.ToString()).ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var events = new Dictionary<Guid, Guid>();
        while (await reader.ReadAsync()) events[reader.GetGuid(0)] = Guid.Parse(reader.GetString(1));
        return events;
    }

    /// <summary>Cases the town received since <paramref name="since"/> that are not among <paramref name="ids"/>: taken
    /// although no client was told so.</summary>
    public async Task<long> UnacknowledgedAtTownAsync(IReadOnlyList<Guid> ids, DateTimeOffset since)
    {
        await using var command = Command("town", """SELECT count(*) FROM intake.cases WHERE "ReceivedAt" >= $2 AND NOT "Id" = ANY($1)""", ids.ToArray());
        command.Parameters.Add(new NpgsqlParameter { Value = since });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The city's applications of the town's <paramref name="sent"/> events (its case-forwarded inbox rows of
    /// them), counted by event id: a case the town took after its client had given up, arriving meanwhile, is neither
    /// applied nor a duplicate here.</summary>
    public async Task<CityApplied> AppliedByCityAsync(IReadOnlyDictionary<Guid, Guid> sent)
    {
        await using var command = Command("city", "SELECT message_id, processed_at FROM intake.inbox_messages " +
            "WHERE consumer LIKE '%CaseForwardedHandler' AND message_id = ANY($1)", sent.Keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        var cases = new List<Guid>();
        DateTimeOffset? last = null;
        while (await reader.ReadAsync())
        {
            cases.Add(sent[reader.GetGuid(0)]);
            var at = reader.GetFieldValue<DateTimeOffset>(1);
            if (last is null || at > last) last = at;
        }
        return new CityApplied(cases.Count, cases.Distinct().Count(), last);
    }

    /// <summary>Each row of <paramref name="sql"/> in <paramref name="tier"/>'s database, read by <paramref name="row"/>.</summary>
    public async Task<List<T>> RowsAsync<T>(string tier, string sql, object parameter, Func<NpgsqlDataReader, T> row)
    {
        await using var command = Command(tier, sql, parameter);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(row(reader));
        return rows;
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

/// <summary>How many of the town's events the city applied, for how many distinct cases, and when the last. Each
/// application beyond one per case is a case applied <see cref="Twice"/>: the same event again, or a second event
/// about it.</summary>
public sealed record CityApplied(long Applications, long Cases, DateTimeOffset? Last)
{
    public long Twice => Applications - Cases;
}
