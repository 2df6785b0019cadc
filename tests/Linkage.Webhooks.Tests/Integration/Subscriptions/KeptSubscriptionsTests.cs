using System.Net;
using System.Net.Http.Json;

namespace Linkage.Webhooks.Tests;

/// <summary>The process keeps the active subscriptions and reads them again only when their stamp moved (decision
/// 0637): events of an unchanged set read no subscription, and a change made by another process (a replica, here a
/// direct update) or through the API reaches the next event.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class KeptSubscriptionsTests(WebhooksHostFixture fx)
{
    private const string SubscriptionsRead = "SELECT t.value AS \"Stamp\", s.\"Id\"%";

    [Fact]
    public async Task A_change_by_another_process_reaches_the_next_event_and_an_unchanged_set_is_not_read_again()
    {
        var (id, _) = await fx.SubscribeAsync(WebhooksHostFixture.CountyAdmin, fx.Steady.Url("kept"));
        await fx.SubmitCaseAsync();
        await DeliveriesAsync(id, 1);
        var reads = await ReadsAsync();

        await fx.SubmitCaseAsync();
        await DeliveriesAsync(id, 2);
        Assert.Equal(reads, await ReadsAsync());

        await fx.CountAsync($"WITH off AS (UPDATE webhooks.subscriptions SET \"Active\" = false WHERE \"Id\" = '{id}' RETURNING 1) SELECT count(*) FROM off");
        var ignored = await fx.SubmitCaseAsync();
        await fx.Host.Eventually(async () => await fx.CountAsync($"SELECT count(*) FROM webhooks.case_units WHERE \"CaseId\" = '{ignored}'") == 1 ? "" : null);
        Assert.Equal(2, await fx.CountAsync($"SELECT count(*) FROM webhooks.deliveries WHERE \"SubscriptionId\" = '{id}'"));
        Assert.Equal(reads + 1, await ReadsAsync());

        using var owner = fx.Client(WebhooksHostFixture.CountyAdmin);
        using var on = await owner.PutAsJsonAsync($"/api/webhooks/subscriptions/{id}",
            new { url = fx.Steady.Url("kept"), eventTypes = new[] { WebhooksHostFixture.CaseSubmitted }, active = true });
        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        await fx.SubmitCaseAsync();
        await DeliveriesAsync(id, 3);
        Assert.Equal(reads + 2, await ReadsAsync());
    }

    private Task DeliveriesAsync(Guid subscription, long count) => fx.Host.Eventually(async () =>
        await fx.CountAsync($"SELECT count(*) FROM webhooks.deliveries WHERE \"SubscriptionId\" = '{subscription}'") >= count ? "" : null,
        TimeSpan.FromSeconds(30));

    private Task<long> ReadsAsync() => StatementCalls.OfAsync(fx.Host.ConnectionString, SubscriptionsRead);
}
