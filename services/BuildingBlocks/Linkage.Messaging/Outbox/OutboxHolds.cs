using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Integration rows held back from the dispatcher (decision 0744): written with a <c>next_attempt_at</c> ahead,
/// as a retry waits out its backoff, so the claim passes them and the rows after them in their lane (their order is
/// kept), until <see cref="Release"/> makes them due at once or their time comes by itself: the bound, so a release
/// that never comes (a crash) holds nothing longer. Told apart from a retry by <c>attempts = 0</c>: a failed publish
/// counts one, and a parked row's replay clears the time.</summary>
public sealed class OutboxHolds
{
    private long releases;

    /// <summary>Holds until <paramref name="until"/> the integration rows <paramref name="db"/> is about to insert;
    /// its federation rows go to the links as before. When it queued nothing else, its commit does not wake the
    /// dispatcher: a claim per round of a drain would find nothing due, over a window of the held rows.</summary>
    public static void Hold(ModuleDbContext db, DateTimeOffset until)
    {
        var due = false;
        foreach (var entry in db.ChangeTracker.Entries<OutboxMessage>())
        {
            if (entry.State != EntityState.Added) continue;
            if (entry.Entity.Kind == OutboxKind.Integration && entry.Entity.NextAttemptAt is null) entry.Entity.NextAttemptAt = until;
            else due = true;
        }
        if (!due) db.NothingDue();
    }

    /// <summary>Makes the held rows of every module of this process due: each dispatcher releases its schema's at
    /// its next turn, woken now.</summary>
    public void Release()
    {
        Interlocked.Increment(ref releases);
        OutboxWakeUps.WakeAll();
    }

    /// <summary>How many releases were asked for: a dispatcher runs <see cref="ReleaseSql"/> when it has seen fewer.</summary>
    internal long Releases => Interlocked.Read(ref releases);

    internal static string ReleaseSql(string schema) =>
        $"UPDATE \"{schema}\".{OutboxSql.OutboxTable} SET next_attempt_at = NULL " +
        "WHERE dispatched_at IS NULL AND attempts = 0 AND next_attempt_at IS NOT NULL";
}
