using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0686: a host binds its inbound exchanges for what it serves and relays, and records them in its
/// database; a start with a changed <c>Serves</c>, <c>ServesExcept</c> or <c>Relays</c> removes those it no longer
/// wants, and never another deployment's on the same broker (each binding names its app id).</summary>
public sealed class StaleBindingsTests
{
    private static readonly string[] Inbound = [FederationLinks.Down, FederationLinks.Up];

    [Fact]
    public async Task A_start_with_a_changed_scope_removes_the_bindings_it_no_longer_wants_and_keeps_another_deployments()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var management = new NodeManagement(TestEnvironment.RabbitManagement);
        var before = Settings(federation, database, "620100000000", except: "620102000000", relays: "620000000000!620100000000");
        var after = Settings(federation, database, "620200000000");
        var other = new LinkBinding(FederationLinks.Down, FederationLinks.Here, "6.2.0.1.0.3.#", TestEnvironment.NewName("app"));
        await using var channel = await broker.Connection.CreateChannelAsync();
        try
        {
            await StopAsync(await StartAsync(database, federation, before));
            var first = Wanted(before);
            Assert.Contains(new LinkBinding(FederationLinks.Up, FederationLinks.Out, "6.2.0.2.#", federation.AppId), first);   // a relay up
            Assert.Contains(new LinkBinding(FederationLinks.Down, FederationLinks.Out, "6.2.0.1.0.2.#", federation.AppId), first); // delegated
            Assert.Equal(Sorted(first), Sorted(await BoundAsync(management, federation.AppId)));
            await channel.ExchangeBindAsync(other.Destination, other.Source, other.Pattern,
                new Dictionary<string, object?> { [FederationLinks.AppArgument] = other.AppId });

            await StopAsync(await StartAsync(database, federation, after));
            var second = Wanted(after);
            Assert.Equal(Sorted(second), Sorted(await BoundAsync(management, federation.AppId)));
            Assert.Equal(Sorted(second), Sorted(await RecordedAsync(database)));
            Assert.Equal([other], await BoundAsync(management, other.AppId));        // another deployment's, same broker
        }
        finally
        {
            await channel.ExchangeUnbindAsync(other.Destination, other.Source, other.Pattern,
                new Dictionary<string, object?> { [FederationLinks.AppArgument] = other.AppId });
            foreach (var b in Wanted(after))
                await channel.ExchangeUnbindAsync(b.Destination, b.Source, b.Pattern, new Dictionary<string, object?> { [FederationLinks.AppArgument] = b.AppId });
        }
    }

    /// <summary>Decision 0699: on a broker of its own (a vhost), a host binds its types with its app id and a later start
    /// removes the one it no longer handles, keeping another deployment's binding of that type; it removes its own
    /// bindings from the old <c>linkage.in</c>, keeps the exchange while another deployment's binding is on it, and
    /// removes it at the first start after that one went.</summary>
    [Fact]
    public async Task A_start_removes_the_types_its_host_no_longer_handles_and_its_part_of_the_old_inbound_exchange_and_keeps_others()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var management = new NodeManagement(TestEnvironment.RabbitManagement, vhost.Name);
        await using var connection = await new ConnectionFactory { Uri = vhost.AmqpUri }.CreateConnectionAsync("stale-bindings-test");
        await using var channel = await connection.CreateChannelAsync();
        var (appId, otherApp) = (TestEnvironment.NewName("app"), TestEnvironment.NewName("app"));
        var (handled, dropped) = ($"linkage.test.{TestEnvironment.NewName("h")}.v1", $"linkage.test.{TestEnvironment.NewName("d")}.v1");
        var settings = OwnBrokerSettings(database, vhost, appId);
        // before the upgrade: the one inbound exchange, with this deployment's binding and another's
        await channel.ExchangeDeclareAsync(FederationLinks.OldIn, ExchangeType.Topic, durable: true);
        await channel.ExchangeDeclareAsync(FederationLinks.Here, ExchangeType.Topic, durable: true);
        await channel.ExchangeBindAsync(FederationLinks.Here, FederationLinks.OldIn, "6.2.0.1.#");
        await channel.ExchangeBindAsync(FederationLinks.Here, FederationLinks.OldIn, "7.1.#");
        await channel.ExchangeDeclareAsync(handled, ExchangeType.Fanout, durable: true);               // and a type bound without an app id
        await channel.ExchangeBindAsync(handled, FederationLinks.Here, LinkRoutingKeys.OfType(handled));

        await StopAsync(await StartAsync(database, settings, handled, dropped));
        Assert.Equal([dropped, handled], await TypesBoundAsync(management, appId));
        Assert.DoesNotContain(await management.BindingsFromAsync(FederationLinks.Here), b => b.App is null);
        Assert.Equal([("7.1.#", null)], (await management.BindingsFromAsync(FederationLinks.OldIn)).Select(b => (b.Key, b.App)));
        await channel.ExchangeBindAsync(dropped, FederationLinks.Here, LinkRoutingKeys.OfType(dropped),
            new Dictionary<string, object?> { [FederationLinks.AppArgument] = otherApp });

        await StopAsync(await StartAsync(database, settings, handled));
        Assert.Equal([handled], await TypesBoundAsync(management, appId));
        Assert.Equal([dropped], await TypesBoundAsync(management, otherApp));   // another deployment's, same broker
        Assert.True(await ExistsAsync(connection, FederationLinks.OldIn));     // another's binding keeps it

        await channel.ExchangeUnbindAsync(FederationLinks.Here, FederationLinks.OldIn, "7.1.#");
        await StopAsync(await StartAsync(database, settings, handled));
        Assert.False(await ExistsAsync(connection, FederationLinks.OldIn));
        Assert.Equal([handled], await TypesBoundAsync(management, appId));
    }

    /// <summary>A start on a broker that never had the old <c>linkage.in</c> leaves none, and does not ask for it: a passive
    /// declare of a missing exchange is a channel error in the broker's log at every start.</summary>
    [Fact]
    public async Task A_start_on_a_broker_without_the_old_inbound_exchange_leaves_none_and_no_channel_error_in_the_brokers_log()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var management = new NodeManagement(TestEnvironment.RabbitManagement, vhost.Name);
        await using var connection = await new ConnectionFactory { Uri = vhost.AmqpUri }.CreateConnectionAsync("stale-bindings-test");
        var logged = await management.LogLengthAsync();

        await StopAsync(await StartAsync(database, OwnBrokerSettings(database, vhost, TestEnvironment.NewName("app")),
            $"linkage.test.{TestEnvironment.NewName("h")}.v1"));

        Assert.DoesNotContain($"no exchange '{FederationLinks.OldIn}' in vhost '{vhost.Name}'", await LogSinceAsync(management, connection, logged));
        Assert.False(await management.ExchangeExistsAsync(FederationLinks.OldIn));
    }

    /// <summary>Two hosts of one deployment starting at the same moment take turns at the old <c>linkage.in</c>: neither
    /// unbinds from it after the other has deleted it (a channel error in the broker's log, and that host's subscriptions
    /// tried again 5 s later), and it is gone.</summary>
    [Fact]
    public async Task Two_hosts_of_a_deployment_starting_at_once_remove_the_old_inbound_exchange_without_a_channel_error()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var management = new NodeManagement(TestEnvironment.RabbitManagement, vhost.Name);
        await using var connection = await new ConnectionFactory { Uri = vhost.AmqpUri }.CreateConnectionAsync("stale-bindings-test");
        var settings = OwnBrokerSettings(database, vhost, TestEnvironment.NewName("app"));
        var topic = $"linkage.test.{TestEnvironment.NewName("h")}.v1";
        await using (var channel = await connection.CreateChannelAsync())
        {
            // before the upgrade: the one inbound exchange with this deployment's bindings
            await channel.ExchangeDeclareAsync(FederationLinks.OldIn, ExchangeType.Topic, durable: true);
            await channel.ExchangeDeclareAsync(FederationLinks.Here, ExchangeType.Topic, durable: true);
            foreach (var pattern in Wanted(settings).Select(b => b.Pattern).Distinct())
                await channel.ExchangeBindAsync(FederationLinks.Here, FederationLinks.OldIn, pattern);
        }
        var logged = await management.LogLengthAsync();

        foreach (var host in await Task.WhenAll(StartAsync(database, settings, topic), StartAsync(database, settings, topic)))
            await StopAsync(host);

        Assert.DoesNotContain($"no exchange '{FederationLinks.OldIn}' in vhost '{vhost.Name}'", await LogSinceAsync(management, connection, logged));
        Assert.False(await management.ExchangeExistsAsync(FederationLinks.OldIn));
    }

    /// <summary>The broker's log from <paramref name="offset"/> up to a channel error of the test's own, logged after
    /// everything before it.</summary>
    private static async Task<string> LogSinceAsync(NodeManagement management, IConnection connection, long offset)
    {
        var marker = $"linkage.test.{TestEnvironment.NewName("marker")}";
        Assert.False(await ExistsAsync(connection, marker));
        return await Wait.Until(async () => await management.LogFromAsync(offset), l => l.Contains($"no exchange '{marker}'"), TimeSpan.FromSeconds(30),
            "the marker's channel error in the broker's log");
    }

    private static Dictionary<string, string?> OwnBrokerSettings(OutboxDatabase database, TestVirtualHost vhost, string appId)
    {
        var settings = TestSigner.TrustSettings();
        settings["Linkage:Federation:AppId"] = appId;
        settings["Linkage:Federation:RabbitMqUri"] = vhost.AmqpUri.ToString();
        settings["Linkage:Serves"] = "620100000000";
        settings["ConnectionStrings:Linkage"] = database.ConnectionString;
        return settings;
    }

    private static async Task<List<string>> TypesBoundAsync(NodeManagement management, string appId) =>
        [.. (await management.BindingsFromAsync(FederationLinks.Here)).Where(b => b.App == appId && b.Key.EndsWith(b.Destination, StringComparison.Ordinal))
            .Select(b => b.Destination).Order(StringComparer.Ordinal)];

    private static async Task<bool> ExistsAsync(IConnection connection, string exchange)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.ExchangeDeclarePassiveAsync(exchange);
            return true;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return false;
        }
    }

    private static Task<IHost> StartAsync(OutboxDatabase database, Dictionary<string, string?> settings, params string[] topics) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(new ProbeBatching(false));
            services.AddFederationBus(config);
            foreach (var topic in topics) services.AddFederationHandler<FederationProbe, FederationProbeHandler>(topic);
        }, settings);

    private static Dictionary<string, string?> Settings(
        FederationBroker federation, OutboxDatabase database, string serves, string? except = null, string? relays = null)
    {
        var settings = federation.Settings(serves);
        settings["Linkage:ServesExcept"] = except;
        settings["Linkage:Federation:Relays"] = relays;
        settings["ConnectionStrings:Linkage"] = database.ConnectionString;
        return settings;
    }

    private static List<LinkBinding> Wanted(Dictionary<string, string?> settings) =>
        [.. FederationLinks.Wanted(FederationOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()))];

    private static async Task<List<LinkBinding>> BoundAsync(NodeManagement management, string appId)
    {
        var bound = new List<LinkBinding>();
        foreach (var source in Inbound)
            bound.AddRange((await management.BindingsFromAsync(source)).Where(b => b.App == appId)
                .Select(b => new LinkBinding(source, b.Destination, b.Key, appId)));
        return bound;
    }

    private static async Task<List<LinkBinding>> RecordedAsync(OutboxDatabase database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT source, destination, pattern, app_id FROM federation.link_bindings WHERE source <> 'linkage.here'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<LinkBinding>();
        while (await reader.ReadAsync()) rows.Add(new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return rows;
    }

    private static List<string> Sorted(IEnumerable<LinkBinding> bindings) =>
        [.. bindings.Select(b => $"{b.Source} {b.Destination} {b.Pattern} {b.AppId}").Order(StringComparer.Ordinal)];

    /// <summary>A host whose subscriber has declared its bindings: started returns once the first attempt succeeded.</summary>
    private static Task<IHost> StartAsync(OutboxDatabase database, FederationBroker federation, Dictionary<string, string?> settings) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(new ProbeBatching(false));
            services.AddFederationBus(config);
            services.AddFederationHandler<FederationProbe, FederationProbeHandler>(federation.Topic);
        }, settings);

    private static Task StopAsync(IHost host) => TestHost.StopAsync(host);
}
