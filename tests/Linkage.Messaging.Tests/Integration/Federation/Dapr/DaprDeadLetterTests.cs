using Linkage.Messaging.Tests.Infrastructure;
using Linkage.Messaging.Tests.Replay;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Federation.Dapr;

/// <summary>Decision 0613: behind a Dapr sidecar, an event whose handlers fail <c>MaxDeliveryAttempts</c> deliveries
/// raises the dead-letter card (0557) once, is still answered RETRY so the broker keeps it, and resolves its card when
/// a later delivery applies it. The count is kept in the deployment's database, so replicas and a restart count
/// together (0686). The sidecar's side of the HTTP contract is played by <see cref="FakeSidecar"/>.</summary>
public sealed class DaprDeadLetterTests
{
    private const string Token = DaprTestApp.Token, Served = "330100000000";
    private static readonly string Topic = $"linkage.test.{TestEnvironment.NewName("dl")}.v1";
    private static readonly string Route = "/federation/" + Topic;

    [Fact]
    public async Task The_last_failed_attempt_raises_the_dead_letter_card_once_and_the_event_applied_later_resolves_it()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var appId = TestEnvironment.NewName("app");
        var alarms = new FederationAlarmLog(appId);
        var outage = new OutageProbeHandler.Outage { Down = true };
        await using var app = await StartAppAsync(database, appId, alarms, outage, broker);
        using var sidecar = new FakeSidecar(app.Address());
        var id = Guid.NewGuid().ToString();
        var failing = CloudEvents.AsDaprWouldSend(Topic, id, "330102001000", CloudEvents.Probe("late"), subject: "case-d");

        Assert.Equal("RETRY", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));
        Assert.Equal("RETRY", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));
        Assert.Equal("RETRY", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));
        var card = await Wait.Until(() => Task.FromResult(alarms.DeadLettered.FirstOrDefault()), TimeSpan.FromSeconds(30));
        Assert.Equal(id, card.EventId);
        Assert.Equal(Topic, card.Topic);
        Assert.Equal(Served, card.Division);
        Assert.StartsWith("3 attempts; OutageProbeHandler: InvalidOperationException", card.Reason); // not raised before the third
        Assert.Equal("RETRY", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));

        outage.Down = false; // the repair: the sidecar's next retry applies it
        Assert.Equal("SUCCESS", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));
        var recovered = await Wait.Until(() => Task.FromResult(alarms.Recovered.FirstOrDefault()), TimeSpan.FromSeconds(30));
        Assert.Equal(id, recovered.EventId);
        Assert.Contains(card.AlarmId, recovered.AlarmIds);
        Assert.Single(alarms.DeadLettered);
        Assert.Empty(alarms.Quarantined);
        await using var db = database.NewContext();
        Assert.Equal(["0:late"], await db.Applied.Select(a => a.Key).ToListAsync());
    }

    [Fact]
    public async Task Replicas_and_a_restart_count_the_failed_deliveries_together_and_the_card_is_raised_at_the_last_one()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var broker = await Broker.ConnectAsync();
        var (appId, module) = (TestEnvironment.NewName("app"), TestEnvironment.NewName("t"));
        var alarms = new FederationAlarmLog(appId);                 // one recorder endpoint, whichever app consumes it
        var outage = new OutageProbeHandler.Outage { Down = true };
        var id = Guid.NewGuid().ToString();
        var failing = CloudEvents.AsDaprWouldSend(Topic, id, "330102001000", CloudEvents.Probe("shared"), subject: "case-r");

        await using (var first = await StartAppAsync(database, appId, alarms, outage, broker, module))
        await using (var second = await StartAppAsync(database, appId, alarms, outage, broker, module))
        {
            using var toFirst = new FakeSidecar(first.Address());
            using var toSecond = new FakeSidecar(second.Address());
            Assert.Equal("RETRY", await FakeSidecar.StatusOf(await toFirst.DeliverAsync(Route, failing, Token)));
            Assert.Equal("RETRY", await FakeSidecar.StatusOf(await toSecond.DeliverAsync(Route, failing, Token)));
            Assert.Equal(2, await database.ScalarAsync<int>($"SELECT failures FROM federation.failed_deliveries WHERE event_id = '{id}'"));
        }
        await using var restarted = await StartAppAsync(database, appId, alarms, outage, broker, module);
        using var sidecar = new FakeSidecar(restarted.Address());
        Assert.Equal("RETRY", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));
        var card = await Wait.Until(() => Task.FromResult(alarms.DeadLettered.FirstOrDefault()), TimeSpan.FromSeconds(30));
        Assert.StartsWith("3 attempts; OutageProbeHandler", card.Reason);       // the two replicas' failures counted too

        outage.Down = false;
        Assert.Equal("SUCCESS", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));
        var recovered = await Wait.Until(() => Task.FromResult(alarms.Recovered.FirstOrDefault()), TimeSpan.FromSeconds(30));
        Assert.Contains(card.AlarmId, recovered.AlarmIds);
        Assert.Equal($"applied at a later delivery of the sidecar: {id}", recovered.Note);  // not a replay (0687)
        Assert.Single(alarms.DeadLettered);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM federation.failed_deliveries"));
    }

    private static Task<WebApplication> StartAppAsync(
        OutboxDatabase database, string appId, FederationAlarmLog alarms, OutageProbeHandler.Outage outage, Broker broker, string? module = null) =>
        DaprTestApp.StartAsync(database, builder =>
        {
            builder.Services.AddSingleton(outage);
            alarms.AddTo(builder.Services, builder.Configuration, module ?? TestEnvironment.NewName("t"), broker);
            builder.Services.AddFederationHandler<FederationProbe, OutageProbeHandler>(Topic);
        }, new Dictionary<string, string?>
        {
            ["Linkage:Federation:AppId"] = appId,
            ["Linkage:Federation:MaxDeliveryAttempts"] = "3",
            ["Linkage:RabbitMq:Uri"] = TestEnvironment.AmqpAddress,
        });
}
