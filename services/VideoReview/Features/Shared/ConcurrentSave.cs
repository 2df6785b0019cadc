using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>Load, change, save, again from a fresh load when another writer (the sweep opening the session, a
/// second request) changed the row meanwhile (xmin). Each attempt decides anew on what it reads.</summary>
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
