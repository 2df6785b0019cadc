using Npgsql;

namespace Linkage.Messaging;

/// <summary>A cleanup: dispatched outbox rows and inbox rows past their retention deleted a batch at a time until both
/// tables give a short batch (decision 0813). One batch a cleanup interval capped what a module could shed at about
/// 17 rows a second a table, below what a busy deployment writes; the rows another replica's cleanup holds are skipped,
/// not waited for. A batch size of 0 deletes nothing and ends at once.</summary>
internal sealed class OutboxPurge(OutboxStore store, NpgsqlDataSource dataSource, OutboxOptions options)
{
    /// <summary>The rows deleted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var deleted = 0;
        while (true)
        {
            var (outbox, inbox) = await store.PurgeAsync(dataSource, ct);
            deleted += outbox + inbox;
            if (outbox + inbox == 0 || outbox < options.PurgeBatchSize && inbox < options.PurgeBatchSize) return deleted;
        }
    }
}
