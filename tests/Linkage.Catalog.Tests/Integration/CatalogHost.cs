using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Net.Client;
using Linkage.Contracts.Catalog.V1;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;
using Npgsql;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>The real host running the catalog module alone (seeded), shared by the integration test classes.</summary>
public sealed class CatalogHost : IAsyncLifetime
{
    private GrpcChannel? channel;

    public LinkageTestHost Host { get; private set; } = null!;

    public CatalogService.CatalogServiceClient Grpc { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("catalog");
        channel = GrpcChannel.ForAddress(Host.GrpcAddress);
        Grpc = new CatalogService.CatalogServiceClient(channel);
    }

    public async Task DisposeAsync()
    {
        channel?.Dispose();
        await Host.DisposeAsync();
    }

    public HttpClient Anonymous() => Host.CreateClient();

    /// <summary>A client for a tier admin of <paramref name="division"/> (or another role), not in the demo users file.</summary>
    public HttpClient As(string division, string role = "tier-admin")
    {
        var client = Host.CreateClient();
        var user = new DemoUser($"{role}-{division}", $"{division} {role}", [role], division);
        client.DefaultRequestHeaders.Authorization = new("Bearer", Host.TokenFor(user));
        return client;
    }

    /// <summary>Row counts of the catalog tables, e.g. "8/6/4/5/6".</summary>
    public async Task<string> CountRowsAsync()
    {
        var counts = new List<long>();
        foreach (var table in new[] { "regions", "org_units", "departments", "matters", "implementations" })
            counts.Add((long)(await ScalarAsync($"SELECT count(*) FROM catalog.{table}"))!);
        return string.Join('/', counts);
    }

    public async Task<long> CountAsync(string table) => (long)(await ScalarAsync($"SELECT count(*) FROM catalog.{table}"))!;

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}

[CollectionDefinition(Name)]
public sealed class CatalogHostCollection : ICollectionFixture<CatalogHost>
{
    public const string Name = "catalog host";
}

/// <summary>A second host for the tests that write the catalogue, so the read tests keep the pristine demo data.</summary>
[CollectionDefinition(Name)]
public sealed class CatalogWriteHostCollection : ICollectionFixture<CatalogHost>
{
    public const string Name = "catalog host for writes";
}
