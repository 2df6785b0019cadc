using Linkage.Certificates.Messaging;
using Linkage.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Certificates.Tests.Unit;

/// <summary>The host's settings give the issuing consumer's endpoint eight rounds at once (decision 0787). The endpoint
/// is the one the module's registration gives the bus, read back from MassTransit, so renaming the module or the
/// consumer fails here rather than leaving the setting on a queue that no longer exists.</summary>
public sealed class IssuingRoundsTests
{
    [Fact]
    public void The_hosts_settings_give_the_issuing_consumers_endpoint_eight_rounds_and_the_modules_other_batch_consumer_the_shared_two()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(bus => new CertificatesModule().AddConsumers(bus));
        using var provider = services.BuildServiceProvider();
        string Endpoint<TConsumer>() where TConsumer : class, IConsumer => // as ConfigureEndpoints names the receive endpoint
            provider.GetRequiredService<IEndpointDefinition<TConsumer>>().GetEndpointName(KebabCaseEndpointNameFormatter.Instance);
        var settings = new ConfigurationBuilder().AddJsonFile(HostSettings(), optional: false).Build();

        Assert.Equal(8, InboxBatchLimits.From(settings, Endpoint<CaseApprovedConsumer>()).ConcurrencyLimit);
        Assert.Equal(2, InboxBatchLimits.From(settings, Endpoint<ReviewOpenedConsumer>()).ConcurrencyLimit);
    }

    private static string HostSettings()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "services", "Linkage.Host", "appsettings.json")))
                return Path.Combine(dir.FullName, "services", "Linkage.Host", "appsettings.json");
        throw new FileNotFoundException("services/Linkage.Host/appsettings.json above the test's folder");
    }
}
