namespace Linkage.ServiceDefaults.Hosting;

/// <summary>One pass of a module's background sweep over rows whose time ran out; returns how many it changed.</summary>
public interface ISweep
{
    /// <summary>The configuration key of the interval between passes, e.g. <c>Intake:SweepInterval</c>.</summary>
    static abstract string IntervalKey { get; }

    /// <summary>The interval when <see cref="IntervalKey"/> is not configured.</summary>
    static virtual TimeSpan DefaultInterval => TimeSpan.FromMinutes(1);

    Task<int> RunAsync(CancellationToken ct);
}
