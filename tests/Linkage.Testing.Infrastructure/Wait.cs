namespace Linkage.Testing;

/// <summary>Polling for asynchronous effects: the only way a test waits (never a fixed delay, never a timing).</summary>
public static class Wait
{
    /// <summary>Polls until the probe returns a value (not null, not false) or the timeout passes.</summary>
    public static async Task<T> Until<T>(Func<Task<T?>> probe, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await probe();
            if (value is not null && !(value is bool b && !b)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The condition was not met within {(timeout ?? TimeSpan.FromSeconds(15)).TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Polls until <paramref name="holds"/> is true of the probe's value or the timeout passes; then fails
    /// naming <paramref name="what"/> and the last value seen.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> holds, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var value = await probe();
            if (holds(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{what ?? "The condition"} did not hold in time; last value: {value}");
            await Task.Delay(50);
        }
    }
}
