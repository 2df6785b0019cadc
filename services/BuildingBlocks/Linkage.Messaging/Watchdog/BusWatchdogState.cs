namespace Linkage.Messaging;

/// <summary>What the bus watchdog shares with the liveness check: its failed recoveries in a row.</summary>
internal sealed class BusWatchdogState(BusWatchdogOptions options)
{
    private int failedRecoveries;

    public int FailedRecoveries
    {
        get => Volatile.Read(ref failedRecoveries);
        set => Volatile.Write(ref failedRecoveries, value);
    }

    public bool GaveUp => FailedRecoveries >= options.MaxFailedRecoveries;
}
