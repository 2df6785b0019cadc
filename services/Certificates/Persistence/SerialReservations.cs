using System.Collections.Concurrent;
using Npgsql;

namespace Linkage.Certificates.Persistence;

/// <summary>Per-issuer serials, handed out by one reservation at a time per issuer and process (decision 0518). The
/// issuances that ask while a reservation is under way wait for it and are served together by the next one, which
/// raises the issuer's counter by their number: the counter row is updated once per group, not once per licence.
/// A reservation is one round trip, BEGIN to COMMIT in a single batch, so the row is locked only while PostgreSQL runs
/// it, never across a round trip of a busy host. It commits without waiting for the WAL flush: every issuing
/// transaction that uses a serial commits later with a flush, which flushes the counter first, so no serial can be
/// handed out twice after a crash. Every serial reserved has an issuance waiting for it; one that fails or gives up
/// leaves a gap (harmless, 0054: identifiers stay unique and the check character does not depend on continuity).</summary>
public sealed class SerialReservations
{
    private readonly ConcurrentDictionary<(string Database, string Issuer), IssuerQueue> queues = new();
    private long reservations;

    /// <summary>Counter updates run by this process so far (one per group of issuances served together).</summary>
    public long Reservations => Interlocked.Read(ref reservations);

    public Task<long> NextAsync(string connectionString, string issuerCreditCode, CancellationToken ct) =>
        NextAsync(connectionString, issuerCreditCode, 1, ct);

    /// <summary>The first of <paramref name="count"/> consecutive serials of the issuer (a batch's licences, decision 0684).</summary>
    public Task<long> NextAsync(string connectionString, string issuerCreditCode, int count, CancellationToken ct) =>
        queues.GetOrAdd((connectionString, issuerCreditCode), key => new IssuerQueue(this, key.Database, key.Issuer)).NextAsync(count, ct);

    private async Task<long> ReserveAsync(string connectionString, string issuerCreditCode, int count)
    {
        Interlocked.Increment(ref reservations);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand("SET LOCAL synchronous_commit TO OFF"),
                new NpgsqlBatchCommand("""
                    INSERT INTO certificates.issuer_serials ("IssuerCreditCode", "LastSerial") VALUES ($1, $2)
                    ON CONFLICT ("IssuerCreditCode") DO UPDATE SET "LastSerial" = issuer_serials."LastSerial" + $2
                    RETURNING "LastSerial"
                    """) { Parameters = { new() { Value = issuerCreditCode }, new() { Value = (long)count } } },
                new NpgsqlBatchCommand("COMMIT"),
            },
        };
        return (long)(await batch.ExecuteScalarAsync())!;
    }

    /// <summary>The issuances of one issuer waiting for a serial, and whether a reservation is under way for them.</summary>
    private sealed class IssuerQueue(SerialReservations owner, string connectionString, string issuerCreditCode)
    {
        private readonly Lock gate = new();
        private List<(TaskCompletionSource<long> First, int Count)> waiting = [];
        private bool reserving;

        public Task<long> NextAsync(int count, CancellationToken ct)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
            var serial = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            bool start;
            lock (gate)
            {
                waiting.Add((serial, count));
                start = !reserving;
                reserving = true;
            }
            if (start) _ = Task.Run(ServeAsync, CancellationToken.None);
            return serial.Task.WaitAsync(ct);
        }

        /// <summary>Reserves for everyone waiting, then again for those who came meanwhile, until nobody waits.</summary>
        private async Task ServeAsync()
        {
            while (true)
            {
                List<(TaskCompletionSource<long> First, int Count)> group;
                lock (gate)
                {
                    if (waiting.Count == 0)
                    {
                        reserving = false;
                        return;
                    }
                    group = waiting;
                    waiting = [];
                }
                try
                {
                    var total = group.Sum(w => w.Count);
                    var next = await owner.ReserveAsync(connectionString, issuerCreditCode, total) - total + 1;
                    foreach (var (first, count) in group)
                    {
                        first.TrySetResult(next);
                        next += count;
                    }
                }
                catch (Exception e)
                {
                    foreach (var (first, _) in group) first.TrySetException(e);
                }
            }
        }
    }
}
