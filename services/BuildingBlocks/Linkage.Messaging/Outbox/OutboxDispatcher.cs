using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>Publishes <typeparamref name="TContext"/>'s pending outbox rows: woken in process after a commit, polling as
/// a fallback (less often while idle, <see cref="IdleWait"/>); each round claims a batch (one row per aggregate,
/// SKIP LOCKED), publishes it concurrently, marks the results and commits. Safe with several replicas; see docs/decisions/0010.</summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceProvider services, OutboxOptions options, IHostApplicationLifetime lifetime, ILogger<OutboxDispatcher<TContext>> log)
    : BackgroundService where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStartedAsync(stoppingToken);
        var (schema, connectionString) = ReadContext();
        var connections = services.GetRequiredService<OutboxConnections>();
        var dataSource = connections.DataSource(connectionString);
        var store = new OutboxStore(new OutboxSql(schema), options);
        var signal = new OutboxSignal();
        using var wakeUps = OutboxWakeUps.Subscribe(schema, signal);
        var round = new OutboxRound(dataSource, store, new OutboxRoundSigning(services), new OutboxRowPublisher(services, options), options, log);
        var nextPurge = DateTime.UtcNow + options.CleanupInterval / 10;
        var idle = new IdleWait(options);
        var due = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = due ? await RunRoundAsync(round, stoppingToken) : 0;
            if (DateTime.UtcNow >= nextPurge)
            {
                await PurgeAsync(store, dataSource, stoppingToken);
                nextPurge = DateTime.UtcNow + options.CleanupInterval;
            }
            if (claimed > 0)
            {
                idle.Reset();
                continue;
            }
            if (await signal.WaitAsync(idle.Next(), stoppingToken))
            {
                idle.Reset();
                due = true;
            }
            else due = await AnyDueAsync(store, dataSource, stoppingToken);
        }
    }

    /// <summary>A poll's cheap look before a claim (decision 0607); when it cannot tell, the round runs and reports.</summary>
    private static async Task<bool> AnyDueAsync(OutboxStore store, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        try
        {
            return await store.AnyDueAsync(dataSource, ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<int> RunRoundAsync(OutboxRound round, CancellationToken ct)
    {
        try
        {
            return await round.RunAsync(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogError(ex, "Outbox round for {Context} failed", typeof(TContext).Name);
            return 0;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    private async Task PurgeAsync(OutboxStore store, NpgsqlDataSource dataSource, CancellationToken ct)
    {
        try
        {
            var deleted = await store.PurgeAsync(dataSource, ct);
            if (deleted > 0) log.LogInformation("Purged {Count} old outbox/inbox rows in {Schema}", deleted, store.Schema);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Purging old outbox/inbox rows in {Schema} failed", store.Schema);
        }
    }

    private (string Schema, string ConnectionString) ReadContext()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return (db.ModuleSchema, db.Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string."));
    }

    /// <summary>Waits until every hosted service (the MassTransit bus among them) has started.</summary>
    private async Task WhenStartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        using var onStopping = ct.Register(() => started.TrySetCanceled(ct));
        await started.Task;
    }
}
