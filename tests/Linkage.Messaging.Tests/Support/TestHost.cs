using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A generic host with the test module's DbContext and whatever the test adds (outbox, bus, federation).</summary>
public static class TestHost
{
    public static Task<IHost> StartAsync(
        OutboxDatabase database, Action<IServiceCollection, IConfiguration> configure, IDictionary<string, string?>? settings = null) =>
        StartAsync(s => s.AddDbContext<TestDbContext>(o => o.UseNpgsql(database.ConnectionString)), configure, settings);

    /// <summary>As the modules register theirs: a pooled context on a tuned connection string (auto-prepare, no reset).</summary>
    public static Task<IHost> StartLikeAModuleAsync(
        string connectionString, Action<IServiceCollection, IConfiguration> configure, IDictionary<string, string?>? settings = null) =>
        StartAsync(s => s.AddDbContextPool<TestDbContext>(o => ModuleContextOptions.AddTo(o).UseNpgsql(ConnectionTuning.Tuned(connectionString))),
            configure, settings);

    private static async Task<IHost> StartAsync(
        Action<IServiceCollection> addContext, Action<IServiceCollection, IConfiguration> configure, IDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(BaseSettings(settings));
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        addContext(builder.Services);
        configure(builder.Services, builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static Dictionary<string, string?> BaseSettings(IDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Linkage:RabbitMq:Uri"] = TestEnvironment.AmqpAddress,
            ["Linkage:Outbox:PollingInterval"] = "00:00:01",
            ["Linkage:PersonalIdKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }

    public static async Task StopAsync(this IHost host)
    {
        await host.StopAsync(TimeSpan.FromSeconds(30));
        host.Dispose();
    }
}
