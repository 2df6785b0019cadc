using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Linkage.Messaging.Tests.Federation;

/// <summary>Decision 0622: a delivery's failed attempts travel with the message, so a host restart (or another
/// replica) continues the count instead of starting it again.</summary>
public sealed class DurableAttemptsTests
{
    private const int MaxAttempts = 6;

    [Fact]
    public async Task A_receiver_failing_across_a_restart_dead_letters_after_the_configured_attempts_not_more()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var runs = new FailingProbeHandler.Runs();

        var first = await StartAsync(database, federation, runs);
        try
        {
            await federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("failing")));
            await Wait.Until(() => Task.FromResult(runs.Count), n => n >= 2, what: "two failed attempts before the restart");
        }
        finally
        {
            await first.StopAsync();
        }
        var beforeRestart = runs.Count;
        Assert.InRange(beforeRestart, 2, MaxAttempts - 1);
        Assert.Equal(0u, await broker.MessageCountAsync($"dlq-{federation.Queue}"));

        var second = await StartAsync(database, federation, runs);
        try
        {
            await Wait.Until(() => broker.MessageCountAsync($"dlq-{federation.Queue}"), n => n == 1, what: "the event dead-lettered");
            await Wait.Until(() => broker.MessageCountAsync(federation.Queue), n => n == 0, what: "nothing left in the queue");
            // An in-memory count would start again after the restart: beforeRestart + MaxAttempts runs in all.
            Assert.Equal(MaxAttempts, runs.Count);
            Assert.Equal(0u, await broker.MessageCountAsync(federation.Quarantine));
        }
        finally
        {
            await second.StopAsync();
        }
    }

    private static Task<IHost> StartAsync(OutboxDatabase database, FederationBroker federation, FailingProbeHandler.Runs runs) =>
        TestHost.StartAsync(database, (services, config) =>
        {
            services.AddSingleton(runs);
            services.AddFederationBus(config);
            services.AddFederationHandler<FederationProbe, FailingProbeHandler>(federation.Topic);
        }, federation.Settings(maxAttempts: MaxAttempts));
}
