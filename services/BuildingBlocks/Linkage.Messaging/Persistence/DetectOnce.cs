using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>EF's DetectChanges once per save (decision 0759). DetectChanges compares every tracked entity with its
/// snapshot and allocates for each key and foreign key it checks; <c>DbSet.Local</c>, <c>ChangeTracker.Entries()</c>,
/// <c>HasChanges()</c> and <c>SaveChanges</c> each run it again over the whole unit of work. A lookup of an entity the
/// unit of work tracks by its key or by values it was added with needs none of it (<see cref="Tracked{T}"/>); a save
/// that has just detected its changes does not detect them again (<see cref="SaveDetectedAsync"/>).</summary>
public static class DetectOnce
{
    /// <summary>The first tracked, not deleted <typeparamref name="T"/> that <paramref name="match"/> takes, as
    /// <c>DbSet.Local</c> would give it, without the DetectChanges <c>Local</c> runs first. For matches on keys and on
    /// values the entity was added or loaded with: a property changed without telling the tracker is seen as it is, but
    /// an entity DetectChanges would have deleted (an orphan of a severed required navigation) is still returned.</summary>
    public static T? Tracked<T>(this DbContext db, Func<T, bool> match) where T : class =>
        Undetected(db, () => db.Set<T>().Local.FirstOrDefault(match));

    /// <summary>Runs <paramref name="read"/> with the tracker's automatic DetectChanges off, restoring it after.</summary>
    public static TResult Undetected<TResult>(DbContext db, Func<TResult> read)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>Saves without detecting the changes again, for a caller that has just detected them (an explicit
    /// <c>DetectChanges()</c>, or <c>HasChanges()</c>, <c>Entries()</c>) and changed no tracked entity's properties since.
    /// What the save itself adds or removes (outbox rows, count deltas) is tracked explicitly and needs no detection.</summary>
    public static async Task<int> SaveDetectedAsync(DbContext db, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await db.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
