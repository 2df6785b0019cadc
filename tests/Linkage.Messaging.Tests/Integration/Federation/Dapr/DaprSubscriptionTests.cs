using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Federation.Dapr;

public sealed class DaprSubscriptionTests
{
    private const string Token = DaprTestApp.Token;
    private const string Topic = "linkage.test.dapr-probe.v1";
    private const string Route = "/federation/" + Topic;

    [Fact]
    public async Task The_sidecar_reads_the_subscriptions_only_with_the_app_token()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var app = await StartAppAsync(database);
        using var sidecar = new FakeSidecar(app.Address());

        Assert.Equal(HttpStatusCode.Unauthorized, (await sidecar.GetSubscriptionsAsync(null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sidecar.GetSubscriptionsAsync("wrong")).StatusCode);
        var response = await sidecar.GetSubscriptionsAsync(Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The runtime reads these fields case-insensitively (Go's encoding/json).
        var json = await response.Content.ReadAsStringAsync();
        var subscription = Assert.Single(JsonSerializer.Deserialize<List<Subscription>>(json, CaseInsensitive)!);
        Assert.Equal(new Subscription("pubsub-test", Topic, Route.TrimStart('/')), subscription with { Route = subscription.Route.TrimStart('/') });
    }

    [Fact]
    public async Task Deliveries_are_answered_per_the_pubsub_contract_and_applied_once()
    {
        await using var database = await OutboxDatabase.CreateAsync();
        await using var app = await StartAppAsync(database);
        using var sidecar = new FakeSidecar(app.Address());
        var id = Guid.NewGuid().ToString();
        var good = CloudEvents.AsDaprWouldSend(Topic, id, "330102001000", CloudEvents.Probe("good"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await sidecar.DeliverAsync(Route, good, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sidecar.DeliverAsync(Route, good, "wrong")).StatusCode);
        Assert.Empty(await AppliedAsync(database));

        Assert.Equal("SUCCESS", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, good, Token)));
        Assert.Equal("SUCCESS", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, good, Token)));
        var outside = CloudEvents.AsDaprWouldSend(Topic, Guid.NewGuid().ToString(), "440000000000", CloudEvents.Probe("outside"));
        Assert.Equal("DROP", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, outside, Token)));
        var badData = CloudEvents.AsDaprWouldSend(Topic, Guid.NewGuid().ToString(), "330102001000", JsonValue.Create("not a probe"));
        Assert.Equal("DROP", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, badData, Token)));
        Assert.Equal("DROP", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, "{ not json"u8.ToArray(), Token)));
        var failing = CloudEvents.AsDaprWouldSend(Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("failing", -1));
        Assert.Equal("RETRY", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, failing, Token)));
        var forged = CloudEvents.AsDaprWouldSend(Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("good"),
            tamper: json => { json["data"]!["key"] = "forged"; return json; });
        Assert.Equal("DROP", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, forged, Token)));
        var unsigned = CloudEvents.Unsigned(Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("unsigned"));
        Assert.Equal("DROP", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, unsigned, Token)));
        var early = CloudEvents.AsDaprWouldSend(Topic, Guid.NewGuid().ToString(), "330102001000", CloudEvents.Probe("early"), subject: "s", sequence: 2);
        Assert.Equal("RETRY", await FakeSidecar.StatusOf(await sidecar.DeliverAsync(Route, early, Token)));

        Assert.Equal(["good"], await AppliedAsync(database));
        await using var db = database.NewContext();
        Assert.Equal(Guid.Parse(id), await db.InboxMessages.Where(i => i.Consumer != "federation#sequence").Select(i => i.MessageId).SingleAsync());
    }

    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    private sealed record Subscription(string PubsubName, string Topic, string Route);

    private static Task<WebApplication> StartAppAsync(OutboxDatabase database) =>
        DaprTestApp.StartAsync(database, builder => builder.Services.AddFederationHandler<FederationProbe, FederationProbeHandler>(Topic));

    private static async Task<List<string>> AppliedAsync(OutboxDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Applied.Select(a => a.Key).ToListAsync();
    }
}
