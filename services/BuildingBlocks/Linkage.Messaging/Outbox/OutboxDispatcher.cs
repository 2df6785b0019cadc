using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>Publishes <typeparamref name="TContext"/>'s pending outbox rows: woken in process after a commit, polling as
/// a fallback (less often while idle, <see cref="IdleWait"/>); each round claims a batch (one row per aggregate,
/// SKIP LOCKED), publishes it concurrently, marks the results and commits. Up to <see cref="OutboxOptions.RoundsInFlight"/>
/// rounds at once: the next is claimed while earlier ones wait for their confirms (decision 0630), as another replica's
/// would be. Safe with several replicas; see docs/decisions/0010.</summary>
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
        var round = new OutboxRound(dataSource, store, new OutboxRoundSigning(services), new OutboxRowPublisher(services, options), options,
            new OutboxParkedAlarms(services, options), log);
        var nextPurge = DateTime.UtcNow + options.CleanupInterval / 10;
        var idle = new IdleWait(options);
        var release = new OutboxRelease(services.GetRequiredService<OutboxHolds>(), schema, log);
        var rounds = new List<Task>();
        var due = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await release.RunAsync(dataSource, stoppingToken)) due = true;
            rounds.RemoveAll(r => r.IsCompleted);
            if (rounds.Count >= Math.Max(1, options.RoundsInFlight))
            {
                await Task.WhenAny(rounds);
                continue;
            }
            var started = due ? await StartRoundAsync(round, stoppingToken) : null;
            if (started is not null) rounds.Add(started);
            if (DateTime.UtcNow >= nextPurge)
            {
                await PurgeAsync(store, dataSource, stoppingToken);
                nextPurge = DateTime.UtcNow + options.CleanupInterval;
            }
            if (started is not null)
            {
                idle.Reset();
                continue;
            }
            // Nothing due: a commit's wake-up, a round ending (its aggregates' next rows come due) or the poll.
            if (await WokenAsync(signal, idle.Next(), rounds, stoppingToken))
            {
                idle.Reset();
                due = true;
            }
            else due = await AnyDueAsync(store, dataSource, stoppingToken);
        }
        await Task.WhenAll(rounds);
    }

    private static async Task<bool> WokenAsync(OutboxSignal signal, TimeSpan wait, List<Task> rounds, CancellationToken ct)
    {
        if (rounds.Count == 0) return await signal.WaitAsync(wait, ct);
        using var roundEnded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = signal.WaitAsync(wait, roundEnded.Token);
        if (await Task.WhenAny(woken, Task.WhenAny(rounds)) == woken) return await woken;
        await roundEnded.CancelAsync();
        await woken;
        return !ct.IsCancellationRequested;
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

    /// <summary>Claims a round; the task returned ends when it has been published and committed (its failure logged).</summary>
    private async Task<Task?> StartRoundAsync(OutboxRound round, CancellationToken ct)
    {
        try
        {
            return await round.StartAsync(ct) is { } finishing ? LoggedAsync(finishing, ct) : null;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogError(ex, "Outbox round for {Context} failed", typeof(TContext).Name);
            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private async Task LoggedAsync(Task finishing, CancellationToken ct)
    {
        try
        {
            await finishing;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogError(ex, "Outbox round for {Context} failed", typeof(TContext).Name);
        }
        catch (OperationCanceledException)
        {
            // stopping: the round rolled back, its rows stay pending
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
