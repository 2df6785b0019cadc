using Linkage.Supervision;
using Linkage.Supervision.Features.Sweep;
using Linkage.Testing.Plans;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Bench.Sweep;

/// <summary>The module's own <see cref="DeadlineSweep"/>, wired by <see cref="SupervisionModule.AddServices"/> against the
/// suite's database and called as <see cref="DeadlineSweepService"/> calls it, for an explicit sweep day (later than
/// today, so the running host's own sweep never claims the bench's cases). No hosted service is started here.</summary>
public sealed class SweepPass : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly string connectionString;

    public SweepPass(string connectionString)
    {
        this.connectionString = connectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Linkage"] = connectionString,
            ["Linkage:Supervision:Sweep"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton<IConfiguration>(configuration);
        new SupervisionModule().AddServices(services, configuration);
        provider = services.BuildServiceProvider();
    }

    /// <summary>Brings the schema up to date first, so the scenario also runs against a database no host has migrated.</summary>
    public Task MigrateAsync() => new SupervisionModule().MigrateAsync(provider, CancellationToken.None);

    public async Task<int> RunAsync(DateOnly day)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeadlineSweep>().RunAsync(day, CancellationToken.None);
    }

    /// <summary>One pass with every statement's plan analysed (<see cref="RecordedSweep"/>).</summary>
    public Task<(int Swept, IReadOnlyList<StatementPlan> Plans)> RecordedAsync(DateOnly day) =>
        RecordedSweep.RunAsync(provider, connectionString, day);

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
