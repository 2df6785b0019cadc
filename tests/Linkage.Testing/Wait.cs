namespace Linkage.Testing;

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
}
