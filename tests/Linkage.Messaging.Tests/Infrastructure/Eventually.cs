namespace Linkage.Messaging.Tests.Infrastructure;

public static class Eventually
{
    /// <summary>Polls until the probe holds or the timeout passes; then fails with the last value seen.</summary>
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
