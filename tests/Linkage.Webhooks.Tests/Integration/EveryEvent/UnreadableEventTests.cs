using System.Text;
using System.Text.Json.Nodes;
using Linkage.ServiceDefaults.Events;
using Linkage.Testing;
using Linkage.Webhooks.Messaging;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Linkage.Webhooks.Tests;

/// <summary>An offered event that cannot be read as its contract is not acknowledged and lost: it is retried and
/// moved to the queue's <c>_error</c> queue, as before one consumer took every event (decisions 0832, 0836), and
/// nothing is written for it: no delivery, no unit learnt for its case, no inbox row.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class UnreadableEventTests(WebhooksHostFixture fx)
{
    private const string ErrorQueue = WebhookEvents.Queue + "_error";

    [Fact]
    public async Task An_offered_event_that_cannot_be_read_ends_in_the_error_queue_with_nothing_written()
    {
        await fx.SubscribeAsync(WebhooksHostFixture.CountyAdmin, fx.Steady.Url("unreadable"));
        var submitted = WebhookEvents.Offered[WebhooksHostFixture.CaseSubmitted];
        var (messageId, caseId) = (NewId.NextGuid(), Guid.NewGuid());
        var data = EventExample.For(submitted.Contract).AsObject();
        data["caseId"] = caseId.ToString();
        data["submittedAtDivision"] = WebhooksHostFixture.CountyAdmin.Division;
        data["submittedAt"] = "the third of December"; // not a time: the contract cannot be read
        var envelope = new JsonObject
        {
            ["messageId"] = messageId.ToString(),
            ["messageType"] = new JsonArray(MessageUrn.ForTypeString(submitted.Contract)),
            ["message"] = data,
        };

        var factory = new ConnectionFactory { Uri = fx.Host.AmqpUri };
        await using var connection = await factory.CreateConnectionAsync("unreadable-event-test");
        var properties = new BasicProperties { ContentType = MassTransitJson, DeliveryMode = DeliveryModes.Persistent };
        await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true)))
            await channel.BasicPublishAsync(submitted.Channel, "", false, properties, Encoding.UTF8.GetBytes(envelope.ToJsonString()));

        await fx.Host.Eventually(async () => await InErrorQueueAsync(connection, messageId) ? "moved" : null,
            TimeSpan.FromMinutes(1));
        Assert.Equal(0L, await fx.CountAsync($"""SELECT count(*) FROM webhooks.deliveries WHERE "EventId" = '{messageId}'"""));
        Assert.Equal(0L, await fx.CountAsync($"""SELECT count(*) FROM webhooks.case_units WHERE "CaseId" = '{caseId}'"""));
        Assert.Equal(0L, await fx.CountAsync($"SELECT count(*) FROM webhooks.inbox_messages WHERE message_id = '{messageId}'"));
    }

    private const string MassTransitJson = "application/vnd.masstransit+json";

    /// <summary>Whether the message waits in the error queue; what the look took goes back as its channel closes.</summary>
    private static async Task<bool> InErrorQueueAsync(IConnection connection, Guid messageId)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            while (await channel.BasicGetAsync(ErrorQueue, autoAck: false) is { } got)
                if (Encoding.UTF8.GetString(got.Body.Span).Contains(messageId.ToString(), StringComparison.Ordinal))
                    return true;
            return false;
        }
        catch (OperationInterruptedException)
        {
            return false; // no error queue yet
        }
    }
}
