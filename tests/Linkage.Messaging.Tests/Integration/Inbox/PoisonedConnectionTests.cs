using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Messaging.Tests.Inbox;

/// <summary>Issue 20, hole 6: a message whose transaction fails in the database (a 2 MB name for a varchar(200))
/// must not damage the pooled connection the next message gets (docs/decisions/0310).</summary>
public sealed class PoisonedConnectionTests
{
    [Fact]
    public async Task A_message_failing_in_the_database_never_damages_the_messages_after_it()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        var endpoint = $"{module}-holder-probe";
        broker.CleanUpEndpoint(endpoint);
        broker.CleanUp(Broker.MassTransitExchange<HolderProbe>(), Broker.MassTransitExchange<HolderOpened>(),
            $"MassTransit:Fault--{Broker.MassTransitExchange<HolderProbe>()}--");
        // one physical connection, so every message after the poisoned one reuses the connection it failed on
        var oneConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString;
        var counter = new DeliveryCounter();
        var host = await TestHost.StartLikeAModuleAsync(oneConnection, (services, config) =>
        {
            services.AddSingleton(counter).AddConsumeObserver(sp => sp.GetRequiredService<DeliveryCounter>());
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<HolderProbeConsumer>(module));
        }, new Dictionary<string, string?> { ["Linkage:RabbitMq:PrefetchCount"] = "1" });
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            for (var i = 0; i < 8; i++) await bus.Publish(new HolderProbe($"before-{i}", "张三")); // past auto-prepare's 5 uses
            await bus.Publish(new HolderProbe("poisoned", new string('名', 2_000_000)));
            for (var i = 0; i < 8; i++) await bus.Publish(new HolderProbe($"after-{i}", "李四"));

            await Wait.Until(() => broker.MessageCountAsync(endpoint + "_error"), n => n == 1, TimeSpan.FromSeconds(60), "the poisoned message in _error");
            await using var check = database.NewContext();
            var applied = await Wait.Until(() => check.Applied.Select(a => a.Key).ToListAsync(), a => a.Count >= 16, TimeSpan.FromSeconds(60), "every other message applied");
            Assert.Equal(16, applied.Count);
            Assert.DoesNotContain("poisoned", applied);
            Assert.Equal(16, await check.Holders.CountAsync());
            Assert.Equal(16, await check.InboxMessages.CountAsync());
            Assert.Equal(1u, await broker.MessageCountAsync(endpoint + "_error"));
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint));
            // no message after the poisoned one failed even once (a retry would hide a damaged connection)
            Assert.All(counter.Faults, f => Assert.Equal("poisoned", ((HolderProbe)f.Message).Key));
            Assert.All(counter.Faults, f => Assert.Equal(PostgresErrorCodes.StringDataRightTruncation,
                Assert.IsType<PostgresException>(f.Exception.InnerException ?? f.Exception).SqlState));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
