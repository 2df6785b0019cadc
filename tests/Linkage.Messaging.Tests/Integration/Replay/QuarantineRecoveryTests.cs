using Linkage.Messaging.Tests.Federation;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Linkage.Messaging.Tests.Replay;

/// <summary>Decision 0613: a quarantined event that the operator's replay brings back and the receiver then applies
/// names its quarantine card in <see cref="FederationEventRecovered"/>, so supervision resolves it without a person.</summary>
public sealed class QuarantineRecoveryTests
{
    [Fact]
    public async Task A_gap_quarantined_then_replayed_and_applied_reports_its_quarantine_card_recovered()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var federation = FederationBroker.For(broker);
        var alarms = new FederationAlarmLog(federation.AppId);
        var settings = federation.Settings(serves: "330100000000");
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            alarms.AddTo(services, config, TestEnvironment.NewName("t"), broker);
            services.AddFederationBus(config);
            services.AddFederationHandler<FederationProbe, OrderedProbeHandler>(federation.Topic);
        }, settings);
        var deadLetters = new FederationDeadLetters(new ConfigurationBuilder().AddInMemoryCollection(TestHost.BaseSettings(
            new Dictionary<string, string?> { ["Linkage:RabbitMq:ManagementUri"] = TestEnvironment.RabbitManagement.ToString() })).Build());
        try
        {
            var second = Guid.NewGuid().ToString();
            await PublishAsync(federation, second, 2, "b");
            var quarantined = await Wait.Until(() => Task.FromResult(alarms.Quarantined.FirstOrDefault()), TimeSpan.FromSeconds(60));
            Assert.Equal(second, quarantined.EventId);
            Assert.Contains("a gap that never filled", quarantined.Reason);
            Assert.Equal("330100000000", quarantined.Division);
            await Wait.Until(() => broker.MessageCountAsync(federation.Quarantine), n => n == 1, what: "#2 in the quarantine");

            await PublishAsync(federation, Guid.NewGuid().ToString(), 1, "a");
            await Wait.Until(() => AppliedAsync(database), a => a.Count == 1, what: "#1 applied");
            Assert.Equal(1, (await deadLetters.ReplayAsync(federation.AppId, CancellationToken.None))[federation.Quarantine]);

            Assert.Equal(["0:a", "1:b"], await Wait.Until(() => AppliedAsync(database), a => a.Count == 2, what: "#2 applied after the replay"));
            var recovered = await Wait.Until(() => Task.FromResult(alarms.Recovered.FirstOrDefault()), TimeSpan.FromSeconds(60));
            Assert.Equal(second, recovered.EventId);
            Assert.Contains(quarantined.AlarmId, recovered.AlarmIds);
            Assert.Single(alarms.Quarantined);
            Assert.Empty(alarms.DeadLettered);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static Task PublishAsync(FederationBroker federation, string id, long sequence, string key) =>
        federation.PublishRawAsync(CloudEvents.AsDaprWouldSend(federation.Topic, id, "330102001000",
            CloudEvents.Probe(key), subject: "case-q", sequence: sequence));

    private static async Task<List<string>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.Where(a => a.Handler == "case-q").Select(a => a.Key).Order().ToListAsync();
    }
}
