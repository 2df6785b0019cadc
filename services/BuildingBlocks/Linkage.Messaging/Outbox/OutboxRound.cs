using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Messaging;

/// <summary>One dispatch round in one transaction: claim, sign the federation rows in parallel, publish (distinct
/// lanes concurrently, a lane's rows one after another, <see cref="OutboxChains"/>; an aggregate has a lane for this
/// deployment's bus and one for the links, 0700), mark dispatched or failed, commit. A crash before commit leaves the
/// rows pending: they are published again (at least once; consumers dedupe on the message id). Its claim returns as
/// soon as the rows are locked, so the dispatcher can claim the next round while this one waits for its confirms
/// (decision 0630): the locks keep the rows from a second claim, and a lane's rows written after the claim are not due
/// before this round has marked the ones it holds.</summary>
internal sealed class OutboxRound(
    NpgsqlDataSource dataSource, OutboxStore store, OutboxRoundSigning signing, OutboxRowPublisher publisher, OutboxOptions options,
    OutboxParkedAlarms alarms, ILogger log)
{
    /// <summary>Rows of the round's lanes taken behind its own at most this many times (decision 0850): each time,
    /// those committed while it published the rows before them.</summary>
    private const int MaxTakesBehind = 3;

    /// <summary>Claims the next rows; the task returned publishes, marks and commits them (null when nothing was due),
    /// with the lanes it holds and what the claim may have left behind (decision 0761).</summary>
    public async Task<(Task? Finishing, OutboxHeldLanes? Lanes, OutboxClaim Claim)> StartAsync(CancellationToken ct)
    {
        NpgsqlConnection? conn = await dataSource.OpenConnectionAsync(ct);
        NpgsqlTransaction? tx = null;
        try
        {
            tx = await conn.BeginTransactionAsync(ct);
            var claim = await store.ClaimAsync(conn, tx, ct);
            var rows = claim.Rows;
            MessagingTelemetry.Claims.Add(1, new KeyValuePair<string, object?>("schema", store.Schema),
                new KeyValuePair<string, object?>("found", rows.Count > 0 ? "rows" : "none"));
            if (rows.Count > 0)
            {
                var (claimedConn, claimedTx) = (conn, tx);
                (conn, tx) = (null, null); // the round owns them now
                var lanes = new OutboxHeldLanes(rows, options.MaxAttempts);
                return (Task.Run(() => FinishAsync(claimedConn, claimedTx, rows, lanes, ct), CancellationToken.None), lanes, claim);
            }
            await tx.CommitAsync(ct);
            return (null, null, claim);
        }
        finally
        {
            if (tx is not null) await tx.DisposeAsync();
            if (conn is not null) await conn.DisposeAsync();
        }
    }

    private async Task FinishAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, List<OutboxRow> rows, OutboxHeldLanes lanes, CancellationToken ct)
    {
        await using var connection = conn;
        await using var transaction = tx;
        var (tried, results) = await OutboxChains.PublishAsync(rows, signing.Sign(rows), publisher, options.MaxAttempts, ct);
        (tried, results) = await TakeBehindAsync(conn, tx, lanes, tried, results, ct);
        await store.MarkAsync(conn, tx, results, ct);
        var alarmRows = alarms.For(tried, results);
        await store.AddAsync(conn, tx, alarmRows, ct);
        await tx.CommitAsync(ct);
        if (alarmRows.Count > 0) OutboxWakeUps.Wake(store.Schema); // rows of its own, written without a save

        var failed = results.Count(r => r.Error is not null);
        MessagingTelemetry.Dispatched.Add(results.Length - failed, new KeyValuePair<string, object?>("schema", store.Schema));
        if (failed > 0) MessagingTelemetry.Failed.Add(failed, new KeyValuePair<string, object?>("schema", store.Schema));
        if (failed > 0) ReportParked(tried, results);
    }

    /// <summary>The rows a later claim found waiting behind this round's lanes (decision 0850), claimed in this round's
    /// transaction and published after the round's own rows of their lane were confirmed; a lane whose chain failed
    /// takes none. Their marks and the commit are the round's.</summary>
    private async Task<(List<OutboxRow> Tried, PublishResult[] Results)> TakeBehindAsync(NpgsqlConnection conn,
        NpgsqlTransaction tx, OutboxHeldLanes lanes, List<OutboxRow> tried, PublishResult[] results, CancellationToken ct)
    {
        for (var take = 0; take < MaxTakesBehind; take++)
        {
            var failed = tried.Where((r, i) => results[i].Error is not null && r.Attempts < options.MaxAttempts); // parked: 0311
            var asked = lanes.Take([.. failed.Select(OutboxLane.Of)]);
            if (asked.Count == 0) return (tried, results);
            var behind = await store.ClaimBehindAsync(conn, tx, asked, ct);
            if (behind.Count == 0) continue;
            if (behind.Count >= options.BatchSize) lanes.LeftBehind();
            lanes.Took(behind);
            MessagingTelemetry.ClaimedBehind.Add(behind.Count, new KeyValuePair<string, object?>("schema", store.Schema));
            var (more, moreResults) = await OutboxChains.PublishAsync(behind, signing.Sign(behind), publisher, options.MaxAttempts, ct);
            (tried, results) = ([.. tried, .. more], [.. results, .. moreResults]);
        }
        lanes.Close();
        return (tried, results);
    }

    /// <summary>The alarm: a row that has now failed <see cref="OutboxOptions.MaxAttempts"/> times is parked.</summary>
    private void ReportParked(List<OutboxRow> rows, PublishResult[] results)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (results[i].Error is not { } error || rows[i].Attempts + 1 != options.MaxAttempts) continue; // once, not at each slow retry
            MessagingTelemetry.Parked.Add(1, new KeyValuePair<string, object?>("schema", store.Schema));
            log.LogError("Outbox row {Id} ({MessageType}) of aggregate {AggregateId} in {Schema} is parked after {Attempts} failed " +
                "publishes; later rows of the aggregate go on, and it is tried again every {Interval}. Last error: {Error}. " +
                "Replay it at once with ./platform messages replay.",
                rows[i].Id, rows[i].MessageType, rows[i].AggregateId, store.Schema, rows[i].Attempts + 1, options.ParkedRetryInterval, error);
        }
    }
}
