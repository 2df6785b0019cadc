using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Load, change, save, again from a fresh load when another writer (a consumer, a sweep, a second request)
/// changed the row meanwhile (its xmin). Each attempt decides anew on what it reads, so the other write is kept.</summary>
public static class ConcurrentSave
{
    private const int Attempts = 3;

    public static async Task<T> RetryAsync<T>(DbContext db, Func<Task<T>> attempt)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateConcurrencyException) when (i < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
