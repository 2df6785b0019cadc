using Npgsql;
using Xunit;

namespace Linkage.Testing;

/// <summary>A write in a transaction of its own, left open: another writer's (a consumer's, the sweep's, another admin's)
/// landing between a request's read and its save. The request reads what was there before, then waits on a lock the write
/// holds (the row's, the key's, the table's), and <see cref="CommitOnceWaitedOnAsync"/> commits the write only once
/// PostgreSQL shows the request waiting for it.</summary>
public sealed class HeldWrite : IAsyncDisposable
{
    private readonly LinkageTestHost host;
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly int pid;

    private HeldWrite(LinkageTestHost host, NpgsqlConnection connection, NpgsqlTransaction transaction, int pid) =>
        (this.host, this.connection, this.transaction, this.pid) = (host, connection, transaction, pid);

    /// <summary>Begins a transaction and runs <paramref name="sql"/>, which must write one row, in it.</summary>
    public static async Task<HeldWrite> StartAsync(LinkageTestHost host, string sql)
    {
        var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        int pid;
        await using (var backend = new NpgsqlCommand("SELECT pg_backend_pid()", connection, transaction))
            pid = (int)(await backend.ExecuteScalarAsync())!;
        await using (var write = new NpgsqlCommand(sql, connection, transaction))
            Assert.Equal(1, await write.ExecuteNonQueryAsync());
        return new HeldWrite(host, connection, transaction, pid);
    }

    /// <summary>Waits until another backend waits for this write (the request's save, after its read), then commits.</summary>
    public async Task CommitOnceWaitedOnAsync(Task request)
    {
        await host.Eventually(async () => await WaitersAsync() > 0);
        Assert.False(request.IsCompleted, "the request waits for the held write");
        await transaction.CommitAsync();
    }

    private async Task<long> WaitersAsync()
    {
        await using var probe = new NpgsqlConnection(host.ConnectionString);
        await probe.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))", probe);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
