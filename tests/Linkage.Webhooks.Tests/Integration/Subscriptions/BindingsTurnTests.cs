using System.Net;
using System.Net.Sockets;
using Linkage.Messaging;
using Linkage.Webhooks.Messaging;
using Linkage.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Webhooks.Tests;

/// <summary>Decision 0794: the bindings' pass calls the broker holding its turn (the advisory lock) but no transaction
/// and no snapshot, so the seconds a broker takes under load do not keep the database's dead rows (the outboxes'
/// dispatched ones among them) from being pruned. The broker here is a peer that accepts and never answers: the pass
/// is at the broker for as long as the test looks.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class BindingsTurnTests(WebhooksHostFixture fx)
{
    private const string Turn = "hashtextextended('linkage.webhooks.bindings', 0)";

    [Fact]
    public async Task The_broker_is_called_with_the_turn_held_and_no_transaction_open()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Linkage:RabbitMq:Uri"] = $"amqp://guest:guest@127.0.0.1:{port}/",
            }).Build();
            await using var scope = fx.Host.Services.CreateAsyncScope();
            using var stop = new CancellationTokenSource();
            var pass = new WebhookBindings(scope.ServiceProvider.GetRequiredService<WebhooksDbContext>(), new EndpointBindings(config))
                .KeepAsync(stop.Token);

            var accepted = silent.AcceptTcpClientAsync();
            if (await Task.WhenAny(pass, accepted) == pass) await pass; // a pass that ended before the broker says why
            using var broker = await accepted;

            var (pid, state, snapshot, transaction) = await HolderAsync();
            Assert.Equal(("idle", false, false), (state, snapshot, transaction));

            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<Exception>(() => pass);
            Assert.Equal(0, await fx.CountAsync(
                $"SELECT count(*) FROM pg_locks WHERE pid = {pid} AND locktype = 'advisory' AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = {Turn}"));
        }
        finally
        {
            silent.Stop();
        }
    }

    /// <summary>PostgreSQL can grant a waiting pass the turn as its cancel lands and still fail the statement, and a pooled
    /// session is not reset on return (0016): the session keeps the lock. A pass on such a session still leaves it with
    /// no turn held, so the next pass anywhere is not stuck behind it.</summary>
    [Fact]
    public async Task A_turn_left_on_the_session_is_released_by_the_pass()
    {
        await using var scope = fx.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhooksDbContext>();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(" + Turn + ")");
        var pid = ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;

        await new WebhookBindings(db, scope.ServiceProvider.GetRequiredService<EndpointBindings>()).KeepAsync(CancellationToken.None);

        Assert.Equal(0, await fx.CountAsync(
            $"SELECT count(*) FROM pg_locks WHERE pid = {pid} AND locktype = 'advisory' AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = {Turn}"));
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>The backend holding the turn: its state, whether it holds a snapshot (its xmin) and a transaction.</summary>
    private async Task<(int Pid, string State, bool Snapshot, bool Transaction)> HolderAsync()
    {
        await using var connection = new NpgsqlConnection(fx.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT a.pid, a.state, a.backend_xmin IS NOT NULL, a.xact_start IS NOT NULL
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND ((l.classid::bigint << 32) | l.objid::bigint) = {Turn}
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "nobody holds the bindings' turn");
        return (reader.GetInt32(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3));
    }
}
