using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Ratings;
using Linkage.Webhooks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Webhooks.Tests;

/// <summary>An event that no subscription wants and that teaches nothing new about its case writes nothing, not even
/// its inbox row (decision 0668): one statement instead of a read and a write. Once something is written for it, the
/// inbox row comes with it, so a repeat still writes it once. The case's unit, learnt from its first event, is recorded
/// in the read's own statement (decision 0773), so that event writes no batch either.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class UnchangedEventTests(WebhooksHostFixture fx)
{
    private const string Division = "350902000000";

    [Fact]
    public async Task An_unwanted_event_of_a_known_case_leaves_no_row_and_once_wanted_is_delivered_once()
    {
        var caseId = Guid.NewGuid();
        var (first, second) = (NewId.NextGuid(), NewId.NextGuid());
        await ConsumedAsync(caseId, first);
        Assert.Equal(1, await fx.CountAsync($"SELECT count(*) FROM webhooks.case_units WHERE \"CaseId\" = '{caseId}' AND \"Division\" = '{Division}'"));
        Assert.Equal(0, await InboxRowsAsync(first)); // the case's unit was learnt in the read's statement: no batch, no inbox row (0773)
        await ConsumedAsync(caseId, first); // a repeat finds the unit known and writes nothing
        Assert.Equal(1, await fx.CountAsync($"SELECT count(*) FROM webhooks.case_units WHERE \"CaseId\" = '{caseId}'"));
        Assert.Equal(0, await InboxRowsAsync(first));

        await ConsumedAsync(caseId, second);
        Assert.Equal(0, await InboxRowsAsync(second)); // nothing to write: no inbox row either

        using var owner = fx.Client(WebhooksHostFixture.OtherCountyAdmin);
        using var created = await owner.PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fx.Steady.Url("unchanged"), eventTypes = new[] { WebhookEvents.TypeOf(typeof(CaseRated)) } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await ConsumedAsync(caseId, second);
        await ConsumedAsync(caseId, second);
        Assert.Equal(1, await InboxRowsAsync(second));
        Assert.Equal(1, await fx.CountAsync($"SELECT count(*) FROM webhooks.deliveries WHERE \"EventId\" = '{second}'"));
    }

    private Task<long> InboxRowsAsync(Guid messageId) =>
        fx.CountAsync($"SELECT count(*) FROM webhooks.inbox_messages WHERE message_id = '{messageId}'");

    /// <summary>Publishes a rating of the case under <paramref name="messageId"/> and waits until webhooks has consumed it.</summary>
    private async Task ConsumedAsync(Guid caseId, Guid messageId)
    {
        var bus = fx.Host.Services.GetRequiredService<IBus>();
        var consumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (bus.ConnectConsumeMessageObserver(new Consumed(messageId, consumed)))
        {
            await bus.Publish(new CaseRated(Guid.NewGuid(), caseId, 5, "Window", "ou-350902-centre", Division, DateTimeOffset.UtcNow),
                c => c.MessageId = messageId);
            await consumed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    private sealed class Consumed(Guid messageId, TaskCompletionSource done) : IConsumeMessageObserver<CaseRated>
    {
        public Task PreConsume(ConsumeContext<CaseRated> context) => Task.CompletedTask;

        public Task PostConsume(ConsumeContext<CaseRated> context)
        {
            if (context.MessageId == messageId) done.TrySetResult();
            return Task.CompletedTask;
        }

        public Task ConsumeFault(ConsumeContext<CaseRated> context, Exception exception)
        {
            if (context.MessageId == messageId) done.TrySetException(exception);
            return Task.CompletedTask;
        }
    }
}
