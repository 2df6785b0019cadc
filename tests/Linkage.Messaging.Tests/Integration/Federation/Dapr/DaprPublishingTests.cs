using System.Text.Json;
using Linkage.Messaging.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Messaging.Tests.Federation.Dapr;

public sealed class DaprPublishingTests
{
    [Fact]
    public async Task An_outbox_event_reaches_the_sidecar_as_our_own_cloudevent_on_the_configured_pubsub()
    {
        var recorder = new PublishRecorder();
        var runtimeBuilder = LoopbackApp.CreateBuilder(HttpProtocols.Http2);
        runtimeBuilder.Services.AddGrpc();
        runtimeBuilder.Services.AddSingleton(recorder);
        await using var runtime = runtimeBuilder.Build();
        runtime.MapGrpcService<FakeDaprRuntime>();
        await runtime.StartAsync();

        await using var database = await OutboxDatabase.CreateAsync();
        var host = await TestHost.StartAsync(database, (services, config) =>
        {
            services.AddOutbox<TestDbContext>();
            services.AddFederationBus(config);
        }, new Dictionary<string, string?>
        {
            ["Linkage:Federation:Mode"] = "dapr",
            ["Linkage:Federation:PubSubName"] = "federation-pubsub",
            ["Linkage:Federation:AppApiToken"] = "sidecar-token",
            ["Linkage:Federation:DaprGrpcEndpoint"] = runtime.Address().ToString(),
            ["Linkage:Federation:Source"] = "/linkage/county-330102",
            ["ConnectionStrings:Linkage"] = database.ConnectionString,
        });
        try
        {
            Guid rowId;
            await using (var db = database.NewContext())
            {
                db.PublishFederated(new FederationProbe("via-dapr", 2), new FederationRoute("linkage.test.probe.v1", "case-9", "330000000000"));
                await db.SaveChangesAsync();
                rowId = await db.OutboxMessages.Select(m => m.Id).SingleAsync();
            }

            await Wait.Until(() => Task.FromResult(recorder.Requests.Count), n => n >= 1, what: "a PublishEvent call");
            var request = Assert.Single(recorder.Requests);
            Assert.Equal("federation-pubsub", request.PubsubName);
            Assert.Equal("linkage.test.probe.v1", request.Topic);
            Assert.Equal("application/cloudevents+json", request.DataContentType);
            var e = JsonDocument.Parse(request.Data.Memory).RootElement;
            Assert.Equal(rowId.ToString(), e.GetProperty("id").GetString());
            Assert.Equal("1.0", e.GetProperty("specversion").GetString());
            Assert.Equal("/linkage/county-330102", e.GetProperty("source").GetString());
            Assert.Equal("linkage.test.probe.v1", e.GetProperty("type").GetString());
            Assert.Equal("case-9", e.GetProperty("subject").GetString());
            Assert.Equal("330000000000", e.GetProperty("targetdivision").GetString());
            Assert.Equal("via-dapr", e.GetProperty("data").GetProperty("key").GetString());
            Assert.Equal(1, e.GetProperty("sequence").GetInt64());
            Assert.Null(host.Services.GetRequiredService<FederationTrust>().Verify(FederationEvent.Parse(request.Data.Span)));
            await Wait.Until(async () =>
            {
                await using var check = database.NewContext();
                return (await check.OutboxMessages.SingleAsync()).DispatchedAt;
            }, at => at is not null, what: "the row marked dispatched");
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
