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
        var purge = new OutboxPurge(store, dataSource, options);
        var purging = Task.CompletedTask;
        var nextPurge = DateTime.UtcNow + options.CleanupInterval / 10;
        var idle = new IdleWait(options);
        var release = new OutboxRelease(services.GetRequiredService<OutboxHolds>(), schema, log);
        var rounds = new List<RoundInFlight>();
        var due = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await release.RunAsync(dataSource, stoppingToken)) due = true;
                due |= EndRounds(rounds);
                if (rounds.Count >= Math.Max(1, options.RoundsInFlight))
                {
                    await Task.WhenAny(rounds.Select(r => r.Finishing));
                    continue;
                }
                RoundInFlight? started = null;
                if (due)
                {
                    signal.TryTake(); // the claim sees the rows of the commits that woke it before it began
                    var (finishing, lanes, claim) = await StartRoundAsync(round, stoppingToken);
                    if (claim.Skipped && options.TakeBehind) AskHolders(rounds, claim);
                    else if (claim.Skipped) rounds.ForEach(r => r.HoldsBack = true);
                    if (finishing is not null) started = new RoundInFlight(finishing, lanes!) { HoldsBack = claim.LeftBehind };
                    // at once again only when the claim may have left due rows, or a commit woke it since (0761)
                    due = claim.LeftBehind || signal.TryTake();
                }
                if (started is not null) rounds.Add(started);
                if (DateTime.UtcNow >= nextPurge && purging.IsCompleted)
                {
                    purging = Task.Run(() => PurgeAsync(purge, store.Schema, stoppingToken), CancellationToken.None); // beside the rounds
                    nextPurge = DateTime.UtcNow + options.CleanupInterval;
                }
                if (started is not null)
                {
                    idle.Reset();
                    continue;
                }
                // Nothing due: a commit's wake-up, a round ending (the loop's top asks it whether rows wait behind it) or the poll.
                switch (await WokenAsync(signal, idle.Next(), rounds, stoppingToken))
                {
                    case Wake.Signal:
                        idle.Reset();
                        due = true;
                        break;
                    case Wake.RoundEnded:
                        idle.Reset();
                        break;
                    default:
                        due = await AnyDueAsync(store, dataSource, stoppingToken);
                        break;
                }
            }
        }
        finally
        {
            // also when the loop ends by an exception: the rounds finish (or roll back) and the cleanup ends before the stop
            await Task.WhenAll(rounds.Select(r => r.Finishing));
            await purging;
        }
    }

    /// <summary>Drops the rounds that ended; true when one of them may have held back due rows of its lanes: its claim
    /// left some behind, a later claim skipped due heads it had locked and it did not take the rows behind them
    /// (0850), or it rolled back (decision 0761). A commit's wake-up always claims; rows that another process's round
    /// held back wait for the poll.</summary>
    private static bool EndRounds(List<RoundInFlight> rounds)
    {
        var due = rounds.Any(r => r.Finishing.IsCompleted && (r.HoldsBack || r.Lanes.LeftAsked || !r.Finishing.Result));
        rounds.RemoveAll(r => r.Finishing.IsCompleted);
        return due;
    }

    /// <summary>A claim skipped due lane heads that rounds in flight hold (decision 0850): a round holding a head with
    /// rows waiting behind it takes them itself if it is still publishing, and its end claims again if not. Heads that
    /// none of this dispatcher's rounds holds (another process's), or rows past the window's edge, leave it to every
    /// round's end, as 0761 did for every skip.</summary>
    private static void AskHolders(List<RoundInFlight> rounds, OutboxClaim claim)
    {
        var waiting = claim.Waiting.ToDictionary();
        foreach (var r in rounds)
            if (!r.Lanes.Ask(waiting)) r.HoldsBack = true;
        if (waiting.Count > 0 || claim.WindowFull) rounds.ForEach(r => r.HoldsBack = true);
    }

    private static async Task<Wake> WokenAsync(OutboxSignal signal, TimeSpan wait, List<RoundInFlight> rounds, CancellationToken ct)
    {
        if (rounds.Count == 0) return await signal.WaitAsync(wait, ct) ? Wake.Signal : Wake.Timeout;
        using var roundEnded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = signal.WaitAsync(wait, roundEnded.Token);
        if (await Task.WhenAny(woken, Task.WhenAny(rounds.Select(r => r.Finishing))) == woken) return await woken ? Wake.Signal : Wake.Timeout;
        await roundEnded.CancelAsync();
        if (await woken) return Wake.Signal; // taken as the wait was cancelled
        return ct.IsCancellationRequested ? Wake.Timeout : Wake.RoundEnded;
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

    /// <summary>Claims a round; its task (null when nothing was due) ends when it has been published and committed
    /// (its failure logged).</summary>
    private async Task<(Task<bool>? Finishing, OutboxHeldLanes? Lanes, OutboxClaim Claim)> StartRoundAsync(
        OutboxRound round, CancellationToken ct)
    {
        try
        {
            var (finishing, lanes, claim) = await round.StartAsync(ct);
            return (finishing is null ? null : LoggedAsync(finishing, ct), lanes, claim);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogError(ex, "Outbox round for {Context} failed", typeof(TContext).Name);
            return (null, null, Failed);
        }
        catch (OperationCanceledException)
        {
            return (null, null, Failed);
        }
    }

    /// <summary>False when the round failed: it rolled back, and its rows are due again.</summary>
    private async Task<bool> LoggedAsync(Task finishing, CancellationToken ct)
    {
        try
        {
            await finishing;
            return true;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogError(ex, "Outbox round for {Context} failed", typeof(TContext).Name);
            return false;
        }
        catch (OperationCanceledException)
        {
            return false; // stopping: the round rolled back, its rows stay pending
        }
    }

    private async Task PurgeAsync(OutboxPurge purge, string schema, CancellationToken ct)
    {
        try
        {
            var deleted = await purge.RunAsync(ct);
            if (deleted > 0) log.LogInformation("Purged {Count} old outbox/inbox rows in {Schema}", deleted, schema);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Purging old outbox/inbox rows in {Schema} failed", schema);
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // stopping: what was deleted is committed, the rest waits for the next start
        }
    }

    private (string Schema, string ConnectionString) ReadContext()
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return (db.ModuleSchema, db.Database.GetConnectionString()
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string."));
    }

    /// <summary>A claim that failed: nothing claimed, and nothing known, so the next turn waits for a wake-up or the poll.</summary>
    private static readonly OutboxClaim Failed = new([], false, false, new Dictionary<long, long>(), false);

    /// <summary>A round being published; <see cref="HoldsBack"/>: its end may make rows of its lanes due (0761).</summary>
    private sealed class RoundInFlight(Task<bool> finishing, OutboxHeldLanes lanes)
    {
        /// <summary>Ends when the round has committed (true) or rolled back (false).</summary>
        public Task<bool> Finishing { get; } = finishing;

        /// <summary>The lanes it holds, which may take rows a later claim skipped (decision 0850).</summary>
        public OutboxHeldLanes Lanes { get; } = lanes;

        public bool HoldsBack { get; set; }
    }

    private enum Wake { Signal, RoundEnded, Timeout }

    /// <summary>Waits until every hosted service (the MassTransit bus among them) has started.</summary>
    private async Task WhenStartedAsync(CancellationToken ct)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        using var onStopping = ct.Register(() => started.TrySetCanceled(ct));
        await started.Task;
    }
}
