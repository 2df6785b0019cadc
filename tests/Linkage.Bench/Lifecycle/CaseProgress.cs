using System.Collections.Concurrent;
using Npgsql;

namespace Linkage.Bench.Lifecycle;

/// <summary>Where the closed loop's cases are, read from the suite's database by one poll for all of them (every
/// <see cref="Interval"/>), so that waiting costs the suite two statements per interval, not a request per case: when
/// a case's review has opened, and when its certificate was issued (the server's <c>IssuedAt</c>).</summary>
public sealed class CaseProgress(string connectionString) : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> reviewing = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<DateTimeOffset>> certifying = new();
    private readonly CancellationTokenSource stop = new();
    private Task? polling;
    private volatile Exception? failure;

    /// <summary>Why the poll stopped before it was disposed (the database gone); every waiter then fails with it.</summary>
    public Exception? Failure => failure;

    public void Start() => polling = PollAsync(stop.Token);

    public Task ReviewOpenedAsync(Guid caseId) => Checked(reviewing.GetOrAdd(caseId, _ => Waiter()).Task);

    public Task<DateTimeOffset> CertifiedAsync(Guid caseId) =>
        Checked(certifying.GetOrAdd(caseId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task);

    private T Checked<T>(T waiting)
    {
        if (failure is not null) FailWaiters(); // a waiter added after the poll failed
        return waiting;
    }

    private async Task PollAsync(CancellationToken ct)
    {
        try
        {
            await PollUntilStoppedAsync(ct);
        }
        catch (Exception e)
        {
            if (ct.IsCancellationRequested) return; // stopped: whatever the stop cut short is not a failure
            failure = e;
            FailWaiters();
        }
    }

    private void FailWaiters()
    {
        foreach (var waiter in reviewing.Values) waiter.TrySetException(failure!);
        foreach (var waiter in certifying.Values) waiter.TrySetException(failure!);
    }

    private async Task PollUntilStoppedAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            if (!reviewing.IsEmpty)
                foreach (var (caseId, _) in await ReadAsync(connection, """SELECT DISTINCT "CaseId", now() FROM approval.review_tasks WHERE "CaseId" = ANY($1)""", reviewing.Keys, ct))
                    if (reviewing.TryRemove(caseId, out var opened)) opened.TrySetResult();
            if (!certifying.IsEmpty)
                foreach (var (caseId, issuedAt) in await ReadAsync(connection, """SELECT "CaseId", "IssuedAt" FROM certificates.certificates WHERE "CaseId" = ANY($1)""", certifying.Keys, ct))
                    if (certifying.TryRemove(caseId, out var issued)) issued.TrySetResult(issuedAt);
        }
    }

    private static async Task<List<(Guid, DateTimeOffset)>> ReadAsync(NpgsqlConnection connection, string sql, ICollection<Guid> cases, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = cases.ToArray() } } };
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(Guid, DateTimeOffset)>();
        while (await reader.ReadAsync(ct)) rows.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)));
        return rows;
    }

    private static TaskCompletionSource Waiter() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            if (polling is not null) await polling;
        }
        catch (OperationCanceledException) { }
        finally
        {
            foreach (var waiter in reviewing.Values) waiter.TrySetCanceled();
            foreach (var waiter in certifying.Values) waiter.TrySetCanceled();
            stop.Dispose();
        }
    }
}
