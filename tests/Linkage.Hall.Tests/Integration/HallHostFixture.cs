using System.Net.Http.Headers;
using Linkage.ServiceDefaults.Auth;
using Npgsql;

namespace Linkage.Hall.Tests;

/// <summary>Catalog, Intake, the hall and supervision (the window a case is accepted at, 0527) on real PostgreSQL and RabbitMQ. Each test sets up a centre of its own
/// (<see cref="HallCentre"/>), so queues of different tests never meet.</summary>
public sealed class HallHostFixture : IAsyncLifetime
{
    public LinkageTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("catalog,intake,hall,supervision");

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    public HttpClient Client(DemoUser user)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.TokenFor(user));
        return client;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
