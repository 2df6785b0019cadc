using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Messaging.Tests.Persistence;

/// <summary>Decision 0826: the message paths' sessions plan generically, a request's as PostgreSQL chooses.</summary>
public sealed class GenericPlansTests
{
    private const string Endpoint = "plan-mode-probe";

    [Fact]
    public async Task A_round_and_a_delivery_alone_read_with_generic_plans_and_a_request_on_the_same_pool_of_contexts_does_not()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        broker.CleanUpEndpoint($"{module}-{Endpoint}");
        broker.CleanUp(Broker.MassTransitExchange<PlanModeProbe>());
        var host = await TestHost.StartLikeAModuleAsync(database.ConnectionString,
            (services, config) => services.AddLinkageBus(config, bus => bus.AddModuleConsumer<PlanModeProbeConsumer>(module)),
            new Dictionary<string, string?>
            {
                ["Linkage:RabbitMq:Batch:MessageLimit"] = "4",
                ["Linkage:RabbitMq:Batch:ConcurrencyLimit"] = "1",
                ["Linkage:RabbitMq:Batch:TimeLimit"] = "00:00:03",
            });
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            foreach (var (key, alone) in new[] { ("a", false), ("b", false), ("c", false), ("alone", true) })
                await bus.Publish(new PlanModeProbe(key, alone));

            var applied = await Wait.Until(() => AppliedAsync(database), a => a.Count == 4, what: "the four probes applied");
            Assert.All(applied, a => Assert.Equal("force_generic_plan", a.Handler));
            Assert.Equal(2L, await database.ScalarAsync<long>( // the round's three rows in one statement, the lone one's own
                $"SELECT count(DISTINCT xmin::text) FROM {TestDbContext.SchemaName}.inbox_messages"));
            for (var i = 0; i < 3; i++) // a pooled context that ran a round connects as a request again
            {
                await using var scope = host.Services.CreateAsyncScope();
                Assert.Equal("auto", await PlanCacheMode.ReadAsync(scope.ServiceProvider.GetRequiredService<TestDbContext>()));
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task The_outbox_dispatchers_connections_plan_generically()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var connections = new OutboxConnections();
        await using var connection = await connections.DataSource(ConnectionTuning.Tuned(database.ConnectionString)).OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('plan_cache_mode')", connection);
        Assert.Equal("force_generic_plan", await command.ExecuteScalarAsync());
    }

    [Fact]
    public void The_setting_is_added_once_beside_the_options_given()
    {
        var once = GenericPlans.Of("Host=db;Options=-c statement_timeout=5000");
        Assert.Equal($"-c statement_timeout=5000 {GenericPlans.Setting}", new NpgsqlConnectionStringBuilder(once).Options);
        Assert.Equal(once, GenericPlans.Of(once));
    }

    private static async Task<List<Applied>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.AsNoTracking().ToListAsync();
    }
}
