using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Events;
using Linkage.Testing;
using Linkage.Webhooks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Webhooks.Tests;

/// <summary>Every event the catalogue offers, published on the broker as its module publishes it, reaches a
/// subscription to all of them once, under its own CloudEvent type and with its data as published. The events that
/// place a case (a case and a division) go first; those that cannot place it follow once the case's unit is known. A
/// marker event of another case goes last: the queue's one consumer takes its messages one at a time, in order
/// (<c>AddInOrder</c>), and the sender posts a subscription's deliveries in order, so once the marker is in the log
/// and at the receiver, everything published before it has been handled and sent: a second delivery would count.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class EveryOfferedEventTests(WebhooksHostFixture fx)
{
    [Fact]
    public async Task Every_offered_event_is_delivered_under_its_type_with_its_data()
    {
        var offered = WebhookEvents.Offered.Values.ToList();
        using var owner = fx.Client(WebhooksHostFixture.CountyAdmin);
        var created = await (await owner.PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fx.Steady.Url("every"), eventTypes = offered.Select(e => e.CloudEventType).ToArray() })).JsonAsync(HttpStatusCode.Created);
        var subscription = created.GetProperty("id").GetGuid();
        var caseId = Guid.NewGuid();
        var bus = fx.Host.Services.GetRequiredService<IBus>();
        var published = new Dictionary<string, JsonNode>();

        var placing = offered.Where(e => !WebhookEvents.Optional.Contains(e)).ToList();
        await PublishAsync(bus, placing, caseId, published);
        var placed = await ArrivedAsync(subscription, log => log.Count >= placing.Count);
        Assert.Equal(placing.Select(e => e.CloudEventType).Order(), placed.Select(d => d.Str("eventType")).Order());
        await PublishAsync(bus, WebhookEvents.Optional, caseId, published);
        var marker = await PublishMarkerAsync(bus, placing[0]);
        var reachable = offered.Where(e => Reaches(e, published)).Select(e => e.CloudEventType).Order().ToList();
        var log = (await ArrivedAsync(subscription, log => log.Any(d => EventId(d) == marker)))
            .Where(d => EventId(d) != marker).ToList();

        Assert.Equal(reachable, log.Select(d => d.Str("eventType")).Order());
        Assert.True(reachable.Count >= offered.Count - 4, $"only {reachable.Count} of {offered.Count} name a case or a division");
        var received = await fx.Host.Eventually(async () =>
        {
            await Task.Yield();
            var bodies = fx.Steady.At("every").Select(r => r.Event).ToList();
            var others = bodies.Where(b => b.Str("id") != marker.ToString()).ToList();
            return others.Count < bodies.Count ? others : null;
        }, TimeSpan.FromSeconds(30));
        Assert.Equal(reachable, received.Select(b => b.Str("type")).Order());
        Assert.All(received, body => Assert.True(JsonNode.DeepEquals(published[body.Str("type")], JsonNode.Parse(body.GetProperty("data").GetRawText())),
            $"{body.Str("type")}: {body.GetProperty("data").GetRawText()}"));
    }

    private static Guid EventId(JsonElement delivery) => delivery.GetProperty("eventId").GetGuid();

    /// <summary>The catalogue's example of <paramref name="e"/> about a case of its own, published after everything
    /// else; its message id, the id of its delivery's event.</summary>
    private static async Task<Guid> PublishMarkerAsync(IBus bus, PublishedEvent e)
    {
        var marker = NewId.NextGuid();
        var data = EventExample.For(e.Contract).AsObject();
        data["caseId"] = Guid.NewGuid().ToString();
        var message = data.Deserialize(e.Contract, MessageJson.Options)!;
        await bus.Publish(message, e.Contract, context => context.MessageId = marker);
        return marker;
    }

    /// <summary>Whether the event names a case or a division: one that names neither reaches no one (0601).</summary>
    private static bool Reaches(PublishedEvent e, Dictionary<string, JsonNode> published) =>
        EventFacts.Of(published[e.CloudEventType].Deserialize(e.Contract, MessageJson.Options)!) is { CaseId: not null } or { Division: not null };

    /// <summary>Each event's catalogue example, about <paramref name="caseId"/> where it names a case.</summary>
    private static async Task PublishAsync(IBus bus, IEnumerable<PublishedEvent> events, Guid caseId, Dictionary<string, JsonNode> published)
    {
        foreach (var e in events)
        {
            var data = EventExample.For(e.Contract).AsObject();
            if (data.ContainsKey("caseId")) data["caseId"] = caseId.ToString();
            published[e.CloudEventType] = data;
            await bus.Publish(data.Deserialize(e.Contract, MessageJson.Options)!, e.Contract);
        }
    }

    /// <summary>The subscription's delivery log once it is <paramref name="complete"/>, or as it is when it has not
    /// been in two minutes (for the assertion to name the missing types).</summary>
    private async Task<List<JsonElement>> ArrivedAsync(Guid subscription, Func<List<JsonElement>, bool> complete)
    {
        try
        {
            return await fx.Host.Eventually(async () =>
            {
                var log = await fx.DeliveriesAsync(WebhooksHostFixture.CountyAdmin, subscription);
                return complete(log) ? log : null;
            }, TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException)
        {
            return await fx.DeliveriesAsync(WebhooksHostFixture.CountyAdmin, subscription);
        }
    }
}
