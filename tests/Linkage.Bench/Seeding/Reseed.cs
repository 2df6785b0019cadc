namespace Linkage.Bench.Seeding;

/// <summary>Idempotent seeding: the rows a scenario owns are left as they are when there are exactly as many as asked
/// for, else deleted and written again, so a second run neither doubles them nor pays for them twice.</summary>
public static class Reseed
{
    public static async Task<bool> EnsureAsync(BenchDatabase db, string count, string delete, long wanted, Func<Task> seed)
    {
        if (await db.CountAsync(count) == wanted) return false;
        await db.ExecuteAsync(delete);
        await seed();
        return true;
    }
}
