using Linkage.Messaging;
using Linkage.ServiceDefaults.Modules;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Testing;

/// <summary>The batch limits the host's <c>appsettings.json</c> gives a module consumer's endpoint (decisions 0787,
/// 0799), the endpoint named as the module's registration names it for the bus (read back from MassTransit), so a
/// renamed module or consumer fails its test rather than leaving the setting on a queue that no longer exists.</summary>
public static class HostBatchLimits
{
    public static InboxBatchLimits Of<TConsumer>(ILinkageModule module) where TConsumer : class, IConsumer
    {
        var services = new ServiceCollection();
        services.AddMassTransit(module.AddConsumers);
        using var provider = services.BuildServiceProvider();
        var endpoint = provider.GetRequiredService<IEndpointDefinition<TConsumer>>().GetEndpointName(KebabCaseEndpointNameFormatter.Instance);
        return InboxBatchLimits.From(new ConfigurationBuilder().AddJsonFile(HostSettings(), optional: false).Build(), endpoint);
    }

    private static string HostSettings()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "services", "Linkage.Host", "appsettings.json")))
                return Path.Combine(dir.FullName, "services", "Linkage.Host", "appsettings.json");
        throw new FileNotFoundException("services/Linkage.Host/appsettings.json above the test's folder");
    }
}
