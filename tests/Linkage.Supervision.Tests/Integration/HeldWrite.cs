using Npgsql;

namespace Linkage.Supervision.Tests;

/// <summary>A write of a row in a transaction of its own, left open: a consumer's or the sweep's write landing between a
/// request's read of that row and its save. The request reads the row as it was, its save waits on the row lock, and
/// <see cref="CommitOnceWaitedOnAsync"/> commits the write only once PostgreSQL shows that save waiting for it.</summary>
public sealed class HeldWrite : IAsyncDisposable
{
    private readonly SupervisionHostFixture fixture;
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly int pid;

    private HeldWrite(SupervisionHostFixture fixture, NpgsqlConnection connection, NpgsqlTransaction transaction, int pid) =>
        (this.fixture, this.connection, this.transaction, this.pid) = (fixture, connection, transaction, pid);

    public static async Task<HeldWrite> StartAsync(SupervisionHostFixture fixture, string sql)
    {
        var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        var pid = await SupervisionHostFixture.ScalarAsync<int>(connection, transaction, "SELECT pg_backend_pid()");
        await using (var write = new NpgsqlCommand(sql, connection, transaction))
            Assert.Equal(1, await write.ExecuteNonQueryAsync());
        return new HeldWrite(fixture, connection, transaction, pid);
    }

    /// <summary>Waits until a backend waits for this write's row lock (the request's save, after its read), then commits.</summary>
    public async Task CommitOnceWaitedOnAsync(Task request)
    {
        await fixture.Host.Eventually(async () =>
            await fixture.CountAsync($"SELECT count(*) FROM pg_stat_activity WHERE {pid} = ANY(pg_blocking_pids(pid))") > 0);
        Assert.False(request.IsCompleted, "the request's save waits for the held write");
        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
