using Linkage.Messaging.Tests.Infrastructure;
using Npgsql;

namespace Linkage.Messaging.Tests.Persistence;

public sealed class ConnectionTuningTests
{
    [Fact]
    public void Auto_prepare_and_no_reset_are_added_when_not_given()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ConnectionTuning.Tuned("Host=db;Database=linkage"));
        Assert.Equal(ConnectionTuning.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db", tuned.Host);
    }

    [Fact]
    public void Explicit_settings_win_in_any_spelling()
    {
        var tuned = new NpgsqlConnectionStringBuilder(ConnectionTuning.Tuned("Host=db;max auto prepare=0;NoResetOnClose=false"));
        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.False(tuned.NoResetOnClose);
    }

    [Fact]
    public async Task A_statement_repeated_across_pooled_connections_is_prepared_on_the_server()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var dataSource = NpgsqlDataSource.Create(ConnectionTuning.Tuned(database.ConnectionString));
        for (var i = 0; i < 6; i++) // Npgsql prepares from the fifth use
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var command = new NpgsqlCommand("SELECT count(*) FROM msgtest.outbox_messages WHERE aggregate_id = $1", connection)
            { Parameters = { new() { Value = "tuned" } } };
            await command.ExecuteScalarAsync();
        }
        await using var check = await dataSource.OpenConnectionAsync();
        await using var prepared = new NpgsqlCommand(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%aggregate_id = $1%'", check);
        Assert.Equal(1L, await prepared.ExecuteScalarAsync());
    }
}
