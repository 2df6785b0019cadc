using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>The deployment's database (<c>ConnectionStrings:Linkage</c>) for the <see cref="FederationSchema"/>
/// tables; <see cref="DataSource"/> is null where none is configured (a test host with a module context only).</summary>
internal sealed class FederationDatabase(IConfiguration config) : IAsyncDisposable
{
    public NpgsqlDataSource? DataSource { get; } =
        config.GetConnectionString("Linkage") is { Length: > 0 } connectionString ? NpgsqlDataSource.Create(connectionString) : null;

    public ValueTask DisposeAsync() => DataSource?.DisposeAsync() ?? ValueTask.CompletedTask;
}
