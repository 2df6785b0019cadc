namespace Linkage.ServiceDefaults.Hosting;

/// <summary>The GC heap's hard limit raised while a piece of work that holds much at once runs, and put back when the
/// last such piece ends: the catalog's import holds its whole plan until it is written (decisions 0652, 0821), so the
/// host's own limit can be the one its steady load needs (decision 0841). A process without a hard limit, or with one
/// as high already, is left as it is. The limit is put back after a compacting collection that returns the freed
/// regions; while the heap still holds more than the old limit, it stays raised and is tried again a little later.
/// </summary>
public sealed class GcHeadroom(ulong raisedLimit, TimeSpan retry)
{
    /// <summary>The limit the import was measured under (0753: the GC at 153 of 160 MiB at its peak).</summary>
    public const ulong ImportLimit = 160UL << 20;

    private const string HardLimit = "GCHeapHardLimit";

    private readonly Lock gate = new();
    private ulong restore;
    private int holders;

    public GcHeadroom() : this(ImportLimit, TimeSpan.FromSeconds(30)) { }

    /// <summary>The hard limit the GC works under now; 0 when it has none.</summary>
    public static ulong CurrentLimit() =>
        GC.GetConfigurationVariables().TryGetValue(HardLimit, out var value) ? Convert.ToUInt64(value) : 0;

    public IDisposable Raise()
    {
        lock (gate)
        {
            holders++;
            if (restore == 0 && CurrentLimit() is var limit and > 0 && limit < raisedLimit && TrySet(raisedLimit))
                restore = limit;
        }
        return new Lease(this);
    }

    private void Release()
    {
        lock (gate)
        {
            if (--holders > 0 || restore == 0) return;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            if (TrySet(restore)) restore = 0;
            else _ = RetryAsync();
        }
    }

    private async Task RetryAsync()
    {
        await Task.Delay(retry);
        lock (gate) holders++;
        Release();
    }

    private static bool TrySet(ulong limit)
    {
        AppContext.SetData(HardLimit, limit);
        try
        {
            GC.RefreshMemoryLimit();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private sealed class Lease(GcHeadroom owner) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) owner.Release();
        }
    }
}
