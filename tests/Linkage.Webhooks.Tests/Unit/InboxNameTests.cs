using Linkage.Contracts.Events.Intake;
using Linkage.Webhooks.Messaging;

namespace Linkage.Webhooks.Tests;

/// <summary>One consumer takes every offered event (decision 0832); each event's deliveries are still remembered in
/// the inbox under the name of the closed consumer that took it before, so a delivery repeated across the change is
/// recognised.</summary>
public sealed class InboxNameTests
{
    [Fact]
    public void An_events_deliveries_keep_the_name_of_its_closed_consumer()
    {
        var arrival = WebhookEvents.Arrival.Of(WebhookEvents.Offered[WebhooksHostFixture.CaseSubmitted]);

        var closed = typeof(Closed<CaseSubmitted>).FullName!.Replace(typeof(Closed<>).FullName!, "Linkage.Webhooks.Messaging.WebhookConsumer`1");
        Assert.Equal(closed, arrival.InboxName);
        Assert.Equal(typeof(CaseSubmitted), arrival.Event.Contract);
    }

    private sealed class Closed<T>;
}
