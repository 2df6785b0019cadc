using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Linkage.Messaging.Tests.Bus;

public sealed class BusRegistrationTests
{
    [Fact]
    public async Task The_bus_reports_its_health_as_a_readiness_check()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Linkage:RabbitMq:Uri"] = "amqp://u:p@127.0.0.1:5673/" })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddLinkageBus(config, _ => { }).BuildServiceProvider();
        var checks = services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains(checks, c => c.Tags.Contains("ready"));
    }

    [Fact]
    public async Task Liveness_fails_once_the_bus_watchdog_failed_its_recoveries_in_a_row()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Linkage:RabbitMq:Uri"] = "amqp://u:p@127.0.0.1:5673/", ["Linkage:RabbitMq:Watchdog:MaxFailedRecoveries"] = "2",
            })
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddLinkageBus(config, _ => { }).BuildServiceProvider();
        var live = services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Single(c => c.Tags.Contains("live"));
        var state = services.GetRequiredService<BusWatchdogState>();

        state.FailedRecoveries = 1;
        Assert.Equal(HealthStatus.Healthy, (await live.Factory(services).CheckHealthAsync(new HealthCheckContext { Registration = live })).Status);
        state.FailedRecoveries = 2;
        Assert.Equal(HealthStatus.Unhealthy, (await live.Factory(services).CheckHealthAsync(new HealthCheckContext { Registration = live })).Status);
    }

    [Fact]
    public void A_missing_broker_address_is_reported_by_name()
    {
        var config = new ConfigurationBuilder().Build();
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddLinkageBus(config, _ => { }));
        Assert.Contains("Linkage:RabbitMq:Uri", error.Message);
    }

    [Fact]
    public void Dapr_mode_without_the_app_token_refuses_to_start()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Linkage:Federation:Mode"] = "dapr" })
            .Build();
        if (Environment.GetEnvironmentVariable("APP_API_TOKEN") is { Length: > 0 }) return;
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddFederationBus(config));
        Assert.Contains("APP_API_TOKEN", error.Message);
    }

    [Theory]
    [InlineData("amqp://guest:guest@127.0.0.1:5673/", "127.0.0.1", 5673, "/", "guest")]
    [InlineData("amqp://a%40b:p%2Fw@broker:5672/county%2F330102", "broker", 5672, "county/330102", "a@b")]
    [InlineData("amqps://u:p@broker/", "broker", 5671, "/", "u")]
    public void Broker_addresses_are_split_with_their_escapes_undone(string uri, string host, int port, string vhost, string user)
    {
        var parsed = RabbitMqUri.Parse(uri);
        Assert.Equal((host, (ushort)port, vhost, user), (parsed.Host, parsed.Port, parsed.VirtualHost, parsed.UserName));
    }
}
