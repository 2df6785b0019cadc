using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Load, change, save, again from a fresh load when another writer (a consumer, a sweep, a second request)
/// changed the row meanwhile (its xmin). Each attempt decides anew on what it reads, so the other write is kept. A save
/// that loses every attempt throws <see cref="ConcurrentSaveLostException"/>, which a request answers 409 (0732).</summary>
public static class ConcurrentSave
{
    public const int Attempts = 3;

    public static async Task<T> RetryAsync<T>(DbContext db, Func<Task<T>> attempt)
    {
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateConcurrencyException lost)
            {
                db.ChangeTracker.Clear();
                if (i == Attempts) throw new ConcurrentSaveLostException(lost);
            }
        }
    }
}

/// <summary>Each of <see cref="ConcurrentSave"/>'s attempts lost to another writer; nothing of them was saved.</summary>
public sealed class ConcurrentSaveLostException(DbUpdateConcurrencyException last)
    : Exception($"The save lost to another writer on each of {ConcurrentSave.Attempts} attempts.", last);
