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
        await using var command = new Npgsql.NpgsqlCommand("SELECT source, destination, pattern, app_id FROM federation.link_bindings", connection);
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
