using System.Net;
using System.Net.Http.Json;
using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;
using Linkage.Testing;
using Linkage.Webhooks.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Webhooks.Tests;

/// <summary>An event that cannot teach the webhooks its case's unit (ReviewOpened names no division) reaches their
/// queue only while an active subscription wants its type: its exchange is bound to the queue when one is created and
/// unbound when the last goes (decision 0757). One that can (CaseSubmitted) is always bound, for the unit it teaches.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class OptionalEventsBindingTests(WebhooksHostFixture fx)
{
    private static readonly string ReviewOpenedType = WebhookEvents.TypeOf(typeof(ReviewOpened));

    [Fact]
    public void The_events_without_a_case_and_a_division_are_the_optional_ones()
    {
        var optional = WebhookEvents.Optional.Select(e => e.Contract).ToList();
        Assert.Contains(typeof(ReviewOpened), optional);
        Assert.Contains(typeof(DepartmentDecided), optional);
        Assert.Contains(typeof(Contracts.Events.Certificates.CertificateIssued), optional);
        Assert.DoesNotContain(typeof(CaseSubmitted), optional);
        Assert.DoesNotContain(typeof(CaseAccepted), optional);
        Assert.DoesNotContain(typeof(CaseApproved), optional);
    }

    [Fact]
    public async Task A_review_opened_reaches_the_queue_only_while_a_subscription_wants_it()
    {
        var broker = new NodeManagement(TestEnvironment.RabbitManagement, fx.Host.AmqpUri.AbsolutePath.TrimStart('/'));
        var reviewOpened = $"{typeof(ReviewOpened).Namespace}:{nameof(ReviewOpened)}";
        var caseSubmitted = $"{typeof(CaseSubmitted).Namespace}:{nameof(CaseSubmitted)}";
        Assert.DoesNotContain(WebhookEvents.Queue, await DestinationsAsync(broker, reviewOpened));
        Assert.Contains(WebhookEvents.Queue, await DestinationsAsync(broker, caseSubmitted));

        using var owner = fx.Client(WebhooksHostFixture.CountyAdmin);
        var created = await (await owner.PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fx.Steady.Url("optional"), eventTypes = new[] { WebhooksHostFixture.CaseSubmitted, ReviewOpenedType } }))
            .JsonAsync(HttpStatusCode.Created);
        var subscription = created.GetProperty("id").GetGuid();
        Assert.Contains(WebhookEvents.Queue, await DestinationsAsync(broker, reviewOpened)); // bound before the answer

        var caseId = await fx.SubmitCaseAsync();   // its CaseSubmitted teaches the case's unit
        await fx.Host.Eventually(async () => (await fx.DeliveriesAsync(WebhooksHostFixture.CountyAdmin, subscription)).Count > 0 ? "taught" : null);
        await fx.Host.Services.GetRequiredService<IBus>().Publish(
            new ReviewOpened(caseId, "N-optional", ["dept-a"], DateOnly.FromDateTime(DateTime.UtcNow), DateTimeOffset.UtcNow));
        var delivered = await fx.Host.Eventually(async () =>
            (await fx.DeliveriesAsync(WebhooksHostFixture.CountyAdmin, subscription)).Any(d => d.Str("eventType") == ReviewOpenedType) ? ReviewOpenedType : null);
        Assert.Equal(ReviewOpenedType, delivered);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/webhooks/subscriptions/{subscription}")).StatusCode);
        Assert.DoesNotContain(WebhookEvents.Queue, await DestinationsAsync(broker, reviewOpened));
        Assert.Contains(WebhookEvents.Queue, await DestinationsAsync(broker, caseSubmitted));
    }

    private static async Task<List<string>> DestinationsAsync(NodeManagement broker, string exchange) =>
        [.. (await broker.BindingsFromAsync(exchange)).Select(b => b.Destination)];
}
