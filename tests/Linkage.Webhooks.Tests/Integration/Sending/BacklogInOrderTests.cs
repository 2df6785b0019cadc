using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Ratings;
using Linkage.Webhooks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Webhooks.Tests;

/// <summary>A subscription's backlog is sent in runs, oldest first (decision 0681): while its oldest delivery fails
/// nothing after it is tried, and once the receiver is back every event arrives once, in the order it was published.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class BacklogInOrderTests(WebhooksHostFixture fx)
{
    private const string Division = "350902000000";
    private const int Events = 30;

    [Fact]
    public async Task A_backlog_waits_behind_its_failing_head_then_arrives_once_in_publish_order()
    {
        var admin = WebhooksHostFixture.OtherCountyAdmin;
        using var owner = fx.Client(admin);
        var created = await (await owner.PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fx.Flaky.Url("backlog"), eventTypes = new[] { WebhookEvents.TypeOf(typeof(CaseRated)) } })).JsonAsync(HttpStatusCode.Created);
        var subscription = created.GetProperty("id").GetGuid();
        var published = new List<Guid>();
        await fx.Flaky.StopAsync();
        try
        {
            var bus = fx.Host.Services.GetRequiredService<IBus>();
            for (var i = 0; i < Events; i++)
            {
                var id = NewId.NextGuid();
                published.Add(id);
                await bus.Publish(new CaseRated(Guid.NewGuid(), Guid.NewGuid(), 5, "Window", "ou-350902-centre", Division, DateTimeOffset.UtcNow),
                    c => c.MessageId = id);
            }
            var log = await fx.Host.Eventually(async () =>
            {
                var all = await fx.DeliveriesAsync(admin, subscription);
                return all.Count == Events && all.Any(d => d.GetProperty("attempts").GetInt32() >= 1) ? all : null;
            }, TimeSpan.FromSeconds(60));
            var tried = log.Where(d => d.GetProperty("attempts").GetInt32() > 0).Select(d => d.GetProperty("id").GetInt64()).ToList();
            Assert.Equal([log.Min(d => d.GetProperty("id").GetInt64())], tried); // only the head
        }
        finally
        {
            await fx.Flaky.StartAsync();
        }

        await fx.Host.Eventually(async () =>
            (await fx.DeliveriesAsync(admin, subscription)).Count(d => d.Str("status") == "delivered") == Events, TimeSpan.FromSeconds(60));
        var received = fx.Flaky.At("backlog");
        Assert.Equal(published, received.Select(r => Guid.Parse(r.IdempotencyKey)));
        Assert.Equal(received.Select(r => r.DeliveryId).Order(), received.Select(r => r.DeliveryId));
    }
}
