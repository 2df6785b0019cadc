using Linkage.Messaging.Tests.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Replay;

public sealed class ErrorQueueTests
{
    [Fact]
    public async Task Replay_moves_error_queue_messages_back_once_and_purge_drops_them()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var module = TestEnvironment.NewName("t");
        var endpoint = $"{module}-error-replay-probe";
        broker.CleanUpEndpoint(endpoint);
        broker.CleanUp(Broker.MassTransitExchange<ErrorReplayProbe>(), $"MassTransit:Fault--{Broker.MassTransitExchange<ErrorReplayProbe>()}--");
        var repair = new ErrorReplayProbeConsumer.Repair();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(repair);
            services.AddLinkageBus(config, bus => bus.AddModuleConsumer<ErrorReplayProbeConsumer>(module));
        });
        var queues = new ErrorQueues(new ConfigurationBuilder().AddInMemoryCollection(TestHost.BaseSettings(
            new Dictionary<string, string?> { ["Linkage:RabbitMq:ManagementUri"] = TestEnvironment.RabbitManagement.ToString() })).Build());
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            await bus.Publish(new ErrorReplayProbe("one"));
            await bus.Publish(new ErrorReplayProbe("two"));
            await Wait.Until(() => broker.MessageCountAsync(endpoint + "_error"), n => n == 2, what: "both messages in _error");

            repair.Done = true;
            var replayed = await queues.ReplayAsync(module, CancellationToken.None);
            Assert.Equal(new Dictionary<string, int> { [endpoint + "_error"] = 2 }, replayed);
            await using var check = database.NewContext();
            var applied = await Wait.Until(() => check.Applied.Select(a => a.Key).ToListAsync(), a => a.Count >= 2, what: "the replayed messages applied");
            Assert.Equal(["one", "two"], applied.Order());
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint + "_error"));

            repair.Done = false;
            await bus.Publish(new ErrorReplayProbe("three"));
            await Wait.Until(() => broker.MessageCountAsync(endpoint + "_error"), n => n == 1, what: "the third message in _error");
            Assert.Equal(new Dictionary<string, int> { [endpoint + "_error"] = 1 }, await queues.PurgeAsync(module, CancellationToken.None));
            Assert.Equal(0u, await broker.MessageCountAsync(endpoint + "_error"));
            Assert.Equal(2, await check.Applied.CountAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
