using Linkage.Messaging.Tests.Infrastructure;
using Linkage.Messaging.Tests.Inbox;
using Linkage.Messaging.Tests.Replay;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Linkage.Messaging.Tests.Bus;

/// <summary>The bus watchdog (decision 0573) on a RabbitMQ node of the test's own, killed the way
/// <c>./platform chaos-fault rabbit-restart</c> kills the suite's.</summary>
public sealed class BusWatchdogTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> Watchdog = new()
    {
        ["Linkage:RabbitMq:Watchdog:Interval"] = "00:00:01",
        ["Linkage:RabbitMq:Watchdog:GracePeriod"] = "00:00:10",
    };

    /// <summary>The watchdog brings the endpoints back in-process where it can; where it cannot, it fails liveness and the
    /// supervisor restarts the host (decision 0579), as the test does here. Either way every queue gets its consumer and
    /// a new message is applied once.</summary>
    [Fact]
    public async Task After_the_broker_is_killed_several_times_every_queue_has_its_consumer_and_a_new_message_is_consumed_once()
    {
        await using var node = await RabbitNode.StartAsync("watchdog");
        await using var database = await OutboxDatabase.CreateAsync();
        var module = TestEnvironment.NewName("w");
        var log = new WarningLog();
        await using var supervised = await SupervisedHost.StartAsync(() => StartAsync(database, module, node.AmqpUri.ToString(), log), log);
        try
        {
            var queues = new[] { $"{module}-replay-probe", $"{module}-flaky-probe", $"{module}-error-replay-probe" };
            await UntilAllConsumedAsync(supervised, node, queues, log, TimeSpan.FromMinutes(2));

            for (var kill = 0; kill < 4; kill++)
            {
                await node.KillAsync();
                await node.StartAsync();
                log.Note($"broker killed and started again ({kill + 1} of 4)");
            }

            await UntilAllConsumedAsync(supervised, node, queues, log, TimeSpan.FromMinutes(5));
            await PublishAsync(supervised.Host, "after the kills");
            await using var check = database.NewContext();
            await Wait.Until(() => check.Applied.CountAsync(a => a.Key == "after the kills"), n => n == 1, TimeSpan.FromMinutes(2),
                "the message published after the kills applied");
            Assert.Equal(1, await check.InboxMessages.CountAsync());
        }
        finally
        {
            output.WriteLine($"Host restarts by the supervisor: {supervised.Restarts}. Host log:\n{log}");
        }
    }

    [Fact]
    public async Task An_endpoint_left_without_its_consumer_while_the_broker_is_up_is_restarted()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var management = new NodeManagement(TestEnvironment.RabbitManagement, vhost.Name);
        var module = TestEnvironment.NewName("w");
        var host = await StartAsync(database, module, vhost.AmqpUri.ToString());
        try
        {
            var queue = $"{module}-replay-probe";
            await Wait.Until(() => ConsumersAsync(management, queue), n => n == 1, TimeSpan.FromMinutes(1), "the endpoint consuming");
            var bus = host.Services.GetRequiredService<IBusControl>();
            var endpoint = bus.CheckHealth().Endpoints.Values.Single(e => e.InputAddress.AbsolutePath.EndsWith("/" + queue)).ReceiveEndpoint;
            await endpoint.Stop(); // as MassTransit#5942 leaves an endpoint: no consumer, and nothing of MassTransit's restarts it
            await Wait.Until(() => ConsumersAsync(management, queue), n => n == 0, TimeSpan.FromMinutes(1), "the endpoint stopped");

            await Wait.Until(() => ConsumersAsync(management, queue), n => n == 1, TimeSpan.FromMinutes(2), "the endpoint restarted");
            await PublishAsync(host, "after the restart");
            await using var check = database.NewContext();
            await Wait.Until(() => check.Applied.CountAsync(a => a.Key == "after the restart"), n => n == 1, TimeSpan.FromMinutes(1),
                "the message published after the restart applied");
            Assert.Equal(1, await check.InboxMessages.CountAsync());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>A host with three receive endpoints (and the bus's own): the replay probe's, which the test publishes
    /// to, and two more.</summary>
    private static Task<IHost> StartAsync(OutboxDatabase database, string module, string amqp, WarningLog? log = null) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            if (log is not null) services.AddSingleton<ILoggerProvider>(log);
            services.AddSingleton(new FlakyProbeConsumer.Attempts()).AddSingleton(new ErrorReplayProbeConsumer.Repair { Done = true });
            services.AddLinkageBus(config, bus =>
            {
                bus.AddModuleConsumer<ReplayProbeConsumer>(module);
                bus.AddModuleConsumer<FlakyProbeConsumer>(module);
                bus.AddModuleConsumer<ErrorReplayProbeConsumer>(module);
            });
        }, new Dictionary<string, string?>(Watchdog) { ["Linkage:RabbitMq:Uri"] = amqp });

    /// <summary>Sent again (same MessageId) until the broker confirms it: right after a restart the bus may still be
    /// reconnecting.</summary>
    private static Task PublishAsync(IHost host, string key)
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var messageId = Guid.NewGuid();
        return Wait.Until(async () =>
        {
            try
            {
                await bus.Publish(new ReplayProbe(key), c => c.MessageId = messageId);
                return true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return false;
            }
        }, TimeSpan.FromMinutes(1));
    }

    /// <summary>Waits until every queue of the node (the host's only) has its consumer, but the _error and _skipped queues
    /// no one consumes; the host's endpoint queues are among them. The supervisor acts meanwhile. On time-out it says which
    /// queues lack their consumer, what the bus and the watchdog report, and what the host logged.</summary>
    private static async Task UntilAllConsumedAsync(SupervisedHost supervised, RabbitNode node, string[] queues, WarningLog log, TimeSpan timeout)
    {
        try
        {
            await Wait.Until(async () =>
            {
                await supervised.SuperviseAsync();
                return await WithoutConsumerAsync(node, queues);
            }, missing => missing.Count == 0, timeout);
        }
        catch (TimeoutException e)
        {
            var missing = await WithoutConsumerAsync(node, queues);
            var state = supervised.Host.Services.GetRequiredService<BusWatchdogState>();
            var live = await supervised.LivenessAsync();
            var endpoints = supervised.Host.Services.GetRequiredService<IBusControl>().CheckHealth().Endpoints
                .Select(p => $"{p.Key}: {p.Value.Status} {p.Value.Description}");
            throw new TimeoutException(
                $"{e.Message} Queues without a consumer: {string.Join(", ", missing)}. Watchdog: {state.FailedRecoveries} failed recoveries " +
                $"in a row, liveness {live.Status}, host restarts {supervised.Restarts}. Endpoints: {string.Join("; ", endpoints)}. Host log:\n{log}", e);
        }
    }

    /// <summary>The queues the test expects that are missing, and every queue but _error and _skipped without a consumer;
    /// "the management API" while it does not answer.</summary>
    private static async Task<IReadOnlyList<string>> WithoutConsumerAsync(RabbitNode node, string[] queues)
    {
        try
        {
            var consumers = await node.Management.ConsumersAsync();
            return queues.Where(q => !consumers.ContainsKey(q)).Select(q => $"{q} (missing)")
                .Concat(consumers.Where(q => !q.Key.EndsWith("_error") && !q.Key.EndsWith("_skipped") && q.Value == 0).Select(q => q.Key)).ToList();
        }
        catch (HttpRequestException e)
        {
            return [$"the management API ({e.Message})"];
        }
    }

    private static async Task<int> ConsumersAsync(NodeManagement management, string queue) =>
        (await management.ConsumersAsync()).GetValueOrDefault(queue);
}
