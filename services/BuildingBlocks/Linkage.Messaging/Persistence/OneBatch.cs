using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging;

/// <summary>A save sent as one batch without BEGIN and COMMIT, which PostgreSQL runs as one implicit transaction: all of
/// it commits, or none, in one round trip instead of three (decision 0594). Not when an update or delete in it is
/// checked against a row version: an <c>UPDATE … WHERE xmin = …</c> that finds the row changed affects no row without
/// failing, and the implicit transaction would commit the rest, so such a save takes EF's own transaction, rolled back
/// on the conflict (decision 0618). A transaction the caller opened is used as it is.</summary>
public static class OneBatch
{
    /// <summary>Changes beyond which EF may split the save into several batches, each of which would commit alone; fewer
    /// when the context's own batch size is smaller (<c>Linkage:Persistence:MaxBatchSize</c>, decision 0844).</summary>
    public const int MaxChanges = 100;

    /// <summary>Saves; with <paramref name="accept"/> false the saved changes are not accepted (the unit's last save,
    /// decision 0834).</summary>
    public static async Task<int> SaveChangesAsync(DbContext db, CancellationToken ct, bool accept = true)
    {
        db.ChangeTracker.DetectChanges(); // once: Fits reads the states it gives, the save does not detect again (0759)
        db.Database.AutoTransactionBehavior = DetectOnce.Undetected(db, () => Fits(db)) ? AutoTransactionBehavior.Never : AutoTransactionBehavior.WhenNeeded;
        try
        {
            return await DetectOnce.SaveDetectedAsync(db, acceptAllChangesOnSuccess: accept, ct);
        }
        finally
        {
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded; // contexts are pooled
        }
    }

    private static bool Fits(DbContext db)
    {
        var changes = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        return changes.Count <= MaxChangesIn(db) && !changes.Any(e => e.State is EntityState.Modified or EntityState.Deleted
            && e.Metadata.GetProperties().Any(p => p.IsConcurrencyToken));
    }

    private static int MaxChangesIn(DbContext db) =>
        RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).MaxBatchSize is { } size && size < MaxChanges
            ? size
            : MaxChanges;
}
