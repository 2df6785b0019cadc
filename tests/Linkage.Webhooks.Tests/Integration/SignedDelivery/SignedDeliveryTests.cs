namespace Linkage.Webhooks.Tests;

/// <summary>Issue 16 part 6: a receiver on loopback gets its subtree's events, signed, in the order of the delivery
/// log, each once; another subtree's subscriber gets none of them.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class SignedDeliveryTests(WebhooksHostFixture fx)
{
    [Fact]
    public async Task Subtree_events_arrive_signed_in_order_and_never_reach_another_subtree()
    {
        var (mine, secret) = await fx.SubscribeAsync(WebhooksHostFixture.CountyAdmin, fx.Steady.Url("signed-county"));
        var (theirs, _) = await fx.SubscribeAsync(WebhooksHostFixture.OtherCountyAdmin, fx.Steady.Url("signed-other"));
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++) cases.Add(await fx.SubmitCaseAsync());

        var received = await fx.Host.Eventually(async () =>
        {
            await Task.Yield();
            var ours = fx.Steady.At("signed-county").Where(r => cases.Contains(r.CaseOf())).ToList();
            return ours.Count >= cases.Count ? ours : null;
        }, TimeSpan.FromSeconds(30));

        Assert.Equal(cases.Order(), received.Select(r => r.CaseOf()).Order());
        Assert.All(received, r => Assert.True(r.SignedWith(secret), $"bad signature {r.Signature}"));
        Assert.All(received, r => Assert.False(r.SignedWith(secret + "x")));
        Assert.All(received, r => Assert.Equal(r.Event.Str("id"), r.IdempotencyKey));
        Assert.All(received, r => Assert.Equal(WebhooksHostFixture.CaseSubmitted, r.Event.Str("type")));
        Assert.All(received, r => Assert.StartsWith("350926", r.Event.GetProperty("data").Str("submittedAtDivision")));
        var ids = received.Select(r => r.DeliveryId).ToList();
        Assert.Equal(ids.Order(), ids); // sent in the log's order

        var log = await fx.DeliveriesAsync(WebhooksHostFixture.CountyAdmin, mine);
        var logged = log.Where(d => received.Any(r => r.DeliveryId == d.GetProperty("id").GetInt64())).ToList();
        Assert.Equal(cases.Count, logged.Count);
        Assert.All(logged, d => Assert.Equal("delivered", d.Str("status")));
        Assert.All(logged, d => Assert.Equal(200, d.GetProperty("responseCode").GetInt32()));
        Assert.All(logged, d => Assert.Equal(1, d.GetProperty("attempts").GetInt32()));

        Assert.Empty(await fx.DeliveriesAsync(WebhooksHostFixture.OtherCountyAdmin, theirs));
        Assert.Empty(fx.Steady.At("signed-other"));
    }
}
