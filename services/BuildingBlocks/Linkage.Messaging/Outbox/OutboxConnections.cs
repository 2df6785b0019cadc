using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>One data source and one LISTEN connection per database, shared by every module dispatcher of the
/// process: an all-in-one host with seven modules on one database uses one listener, not seven.</summary>
internal sealed class OutboxConnections(ILogger<OutboxConnections> log) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, NpgsqlDataSource> dataSources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<OutboxListener>> listeners = new(StringComparer.Ordinal);
    private readonly List<Task> listening = [];
    private readonly CancellationTokenSource stopping = new();

    public NpgsqlDataSource DataSource(string connectionString) =>
        dataSources.GetOrAdd(Canonical(connectionString), NpgsqlDataSource.Create);

    public void Listen(string connectionString, string schema, OutboxSignal signal)
    {
        var listener = listeners.GetOrAdd(Canonical(connectionString), cs => new Lazy<OutboxListener>(() =>
        {
            var created = new OutboxListener(cs, log);
            lock (listening) listening.Add(created.RunAsync(stopping.Token));
            return created;
        })).Value;
        listener.Subscribe(schema, signal);
    }

    private static string Canonical(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        Task[] running;
        lock (listening) running = [.. listening];
        await Task.WhenAll(running);
        foreach (var dataSource in dataSources.Values) await dataSource.DisposeAsync();
        stopping.Dispose();
    }
}
