using Npgsql;

namespace Linkage.Bench.Seeding;

/// <summary>The suite's database as the seeding scenarios use it: plain SQL, long statements allowed (a million rows
/// from <c>generate_series</c> take a while), nothing of the modules' code in between.</summary>
public sealed class BenchDatabase(string connectionString) : IAsyncDisposable
{
    private readonly NpgsqlDataSource source = NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);

    public string ConnectionString => connectionString;

    public NpgsqlDataSource Source => source;

    public static BenchDatabase From(BenchOptions options) =>
        new(options.Postgres ?? throw new InvalidOperationException("--pg is needed for the seeded scenarios."));

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var command = Command(sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var command = Command(sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }

    public async Task<IReadOnlyList<string>> StringsAsync(string sql)
    {
        await using var command = Command(sql, []);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();

    private NpgsqlCommand Command(string sql, object[] parameters)
    {
        var command = source.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return command;
    }
}
