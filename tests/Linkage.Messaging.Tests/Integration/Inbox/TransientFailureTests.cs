using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Inbox;

public sealed class TransientFailureTests
{
    [Fact]
    public async Task A_message_whose_handler_cannot_reach_a_starting_module_is_applied_once_it_can()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        var endpoint = $"{module}-flaky-probe";
        broker.CleanUpEndpoint(endpoint);
        broker.CleanUp(Broker.MassTransitExchange<FlakyProbe>(), $"MassTransit:Fault--{Broker.MassTransitExchange<FlakyProbe>()}--");
        var attempts = new FlakyProbeConsumer.Attempts();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(attempts);
            services.AddOutbox<TestDbContext>();
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<FlakyProbeConsumer>(module));
        });
        try
        {
            // more failures than MassTransit's brief retries (3) allow: only waiting out transient failures (1+2+5+10 s)
            // gets it through
            await using (var db = database.NewContext())
            {
                db.Publish(new FlakyProbe("flaky", FailuresBeforeSuccess: 4), "flaky");
                await db.SaveChangesAsync();
            }

            await using var check = database.NewContext();
            await Wait.Until(() => check.Applied.CountAsync(a => a.Key == "flaky"), n => n == 1,
                TimeSpan.FromSeconds(40), "the flaky message applied");
            Assert.Equal(5, attempts.ByKey["flaky"]);
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint + "_error"));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
