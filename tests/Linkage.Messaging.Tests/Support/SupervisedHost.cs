using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A test host under a supervisor like <c>./platform supervise</c> and the chart's liveness probe (decision
/// 0579): every 5 s its "live" checks are asked, and after 3 failures in a row it is stopped and a new host started in
/// its place, as the supervisor restarts a process whose bus watchdog gave up.</summary>
public sealed class SupervisedHost : IAsyncDisposable
{
    private const int FailureThreshold = 3;
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);
    private readonly Func<Task<IHost>> start;
    private readonly WarningLog log;
    private int failures;
    private DateTime nextProbe;

    private SupervisedHost(Func<Task<IHost>> start, WarningLog log, IHost host) => (this.start, this.log, Host) = (start, log, host);

    public IHost Host { get; private set; }

    public int Restarts { get; private set; }

    public static async Task<SupervisedHost> StartAsync(Func<Task<IHost>> start, WarningLog log) => new(start, log, await start());

    public Task<HealthReport> LivenessAsync() =>
        Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("live"));

    /// <summary>One round of the supervisor once its period has passed since the last; called from a wait's probe.</summary>
    public async Task SuperviseAsync()
    {
        if (DateTime.UtcNow < nextProbe) return;
        nextProbe = DateTime.UtcNow + Period;
        var live = await LivenessAsync();
        failures = live.Status == HealthStatus.Healthy ? 0 : failures + 1;
        if (failures < FailureThreshold) return;
        log.Note($"liveness failed {failures} times in a row ({live.Entries.Values.FirstOrDefault(e => e.Status != HealthStatus.Healthy).Description}); restarting the host");
        await StopAsync(Host);
        Host = await start();
        (Restarts, failures) = (Restarts + 1, 0);
    }

    public async ValueTask DisposeAsync() => await StopAsync(Host);

    private static async Task StopAsync(IHost host)
    {
        try
        {
            await host.StopAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is OperationCanceledException or AggregateException)
        {
            // a half-stopped bus; the supervisor's kill does not wait for it either
        }
        finally
        {
            host.Dispose();
        }
    }
}
