using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Webhooks.Tests;

/// <summary>A receiver that is down: deliveries are retried with backoff and arrive once, in order, when it is back;
/// once out of attempts they wait for a replay, which sends them with their original event ids.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class RetryAndReplayTests(WebhooksHostFixture fx)
{
    [Fact]
    public async Task Receiver_down_then_up_gets_every_event_once_in_order()
    {
        var admin = WebhooksHostFixture.CountyAdmin;
        var (subscription, secret) = await fx.SubscribeAsync(admin, fx.Flaky.Url("retry"));
        await fx.Flaky.StopAsync();
        try
        {
            var cases = new[] { await fx.SubmitCaseAsync(), await fx.SubmitCaseAsync() };
            var retried = await fx.Host.Eventually(async () =>
                (await fx.DeliveriesAsync(admin, subscription)).Where(d => d.Str("status") == "pending" && d.GetProperty("attempts").GetInt32() >= 1)
                    .Select(d => (JsonElement?)d).FirstOrDefault(), TimeSpan.FromSeconds(30));
            Assert.False(retried!.Value.TryGetProperty("responseCode", out var code) && code.ValueKind == JsonValueKind.Number); // refused, no answer
            Assert.False(string.IsNullOrEmpty(retried.Value.Str("lastError")));
            Assert.Equal(JsonValueKind.String, retried.Value.GetProperty("nextAttemptAt").ValueKind);
        }
        finally
        {
            await fx.Flaky.StartAsync();
        }

        var delivered = await fx.Host.Eventually(async () =>
        {
            var log = await fx.DeliveriesAsync(admin, subscription);
            return log.Count >= 2 && log.All(d => d.Str("status") == "delivered") ? log : null;
        }, TimeSpan.FromSeconds(30));
        var received = fx.Flaky.At("retry");
        Assert.Equal(delivered.Count, received.Count); // each once
        Assert.Equal(received.Select(r => r.IdempotencyKey).Distinct().Count(), received.Count);
        Assert.Equal(received.Select(r => r.DeliveryId).Order(), received.Select(r => r.DeliveryId));
        Assert.All(received, r => Assert.True(r.SignedWith(secret)));
        Assert.Contains(delivered, d => d.GetProperty("attempts").GetInt32() > 1);
    }

    [Fact]
    public async Task Deliveries_out_of_attempts_are_sent_again_by_a_replay_with_their_event_ids()
    {
        var admin = WebhooksHostFixture.CountyAdmin;
        var (subscription, secret) = await fx.SubscribeAsync(admin, fx.Flaky.Url("replay"));
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToOffset(TimeSpan.FromHours(8)); // as a client in 北京时间 sends it
        await fx.Flaky.StopAsync();
        List<JsonElement> failed;
        try
        {
            await fx.SubmitCaseAsync();
            failed = await fx.Host.Eventually(async () =>
            {
                var log = await fx.DeliveriesAsync(admin, subscription);
                return log.Count >= 1 && log.All(d => d.Str("status") == "failed") ? log : null;
            }, TimeSpan.FromSeconds(45));
        }
        finally
        {
            await fx.Flaky.StartAsync();
        }
        Assert.All(failed, d => Assert.Equal(5, d.GetProperty("attempts").GetInt32()));
        Assert.Empty(fx.Flaky.At("replay"));

        using var client = fx.Client(admin);
        var replayed = await (await client.PostAsJsonAsync($"/api/webhooks/subscriptions/{subscription}/replay", new { since }))
            .JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(failed.Count, replayed.GetProperty("deliveries").GetInt32());
        var received = await fx.Host.Eventually(async () =>
        {
            await Task.Yield();
            var got = fx.Flaky.At("replay");
            return got.Count >= failed.Count ? got : null;
        }, TimeSpan.FromSeconds(30));
        Assert.Equal(failed.Select(d => d.Str("eventId")).Order(), received.Select(r => r.IdempotencyKey).Order());
        Assert.All(received, r => Assert.True(r.SignedWith(secret)));

        var one = failed[0].GetProperty("id").GetInt64();
        (await client.PostAsync($"/api/webhooks/subscriptions/{subscription}/deliveries/{one}/replay", null)).EnsureSuccessStatusCode();
        var again = await fx.Host.Eventually(async () =>
        {
            await Task.Yield();
            var got = fx.Flaky.At("replay").Where(r => r.DeliveryId == one).ToList();
            return got.Count >= 2 ? got : null;
        }, TimeSpan.FromSeconds(30));
        Assert.Single(again.Select(r => r.IdempotencyKey).Distinct()); // the receiver can tell it already has it
    }
}
