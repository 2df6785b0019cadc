using System.Collections.Concurrent;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>One data source per database, shared by every module dispatcher of the process: an all-in-one host with
/// seven modules on one database uses one pool for dispatching, not seven.</summary>
internal sealed class OutboxConnections : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, NpgsqlDataSource> dataSources = new(StringComparer.Ordinal);

    public NpgsqlDataSource DataSource(string connectionString) =>
        dataSources.GetOrAdd(Canonical(connectionString), NpgsqlDataSource.Create);

    private static string Canonical(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in dataSources.Values) await dataSource.DisposeAsync();
    }
}
