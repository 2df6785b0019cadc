using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging;

/// <summary><c>Linkage:RabbitMq:Watchdog</c>: how often the bus watchdog looks at the receive endpoints, how long one
/// may stay down while the broker is up before it is restarted, and how many failed recoveries fail liveness.</summary>
public sealed class BusWatchdogOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longer than MassTransit's own reconnect takes after a broker restart, so the watchdog steps in only
    /// where that gave up (MassTransit#5942).</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Recoveries in a row after which endpoints were still down: then <c>/healthz/live</c> fails, so the
    /// orchestrator restarts the process.</summary>
    public int MaxFailedRecoveries { get; set; } = 3;

    /// <summary>How long stopping or starting an endpoint, or the bus, may take before the recovery counts as failed.</summary>
    public TimeSpan RestartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public static BusWatchdogOptions From(IConfiguration config)
    {
        var options = new BusWatchdogOptions();
        config.GetSection("Linkage:RabbitMq:Watchdog").Bind(options);
        return options;
    }
}
