using Linkage.Testing;
using Npgsql;

namespace Linkage.Intake.Tests;

/// <summary>Catalog + intake on real PostgreSQL and RabbitMQ, shared by the tests of one class.</summary>
public sealed class IntakeHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("catalog,intake");

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
