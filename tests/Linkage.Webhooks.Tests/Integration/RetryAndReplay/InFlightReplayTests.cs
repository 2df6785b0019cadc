using Npgsql;

namespace Linkage.Webhooks.Tests;

/// <summary>A replay asked while the sender is still waiting for the receiver's answer: the send logs its outcome
/// first, and the replay after it sends the delivery again (it once overwrote the replay with "delivered").</summary>
[Collection(WebhooksCollection.Name)]
public sealed class InFlightReplayTests(WebhooksHostFixture fx)
{
    [Fact]
    public async Task A_replay_asked_during_the_send_is_sent_after_it()
    {
        var admin = WebhooksHostFixture.CountyAdmin;
        var (subscription, _) = await fx.SubscribeAsync(admin, fx.Flaky.Url("in-flight"));
        fx.Flaky.Hold("in-flight");
        Task<HttpResponseMessage> replay;
        long delivery;
        using var client = fx.Client(admin);
        try
        {
            await fx.SubmitCaseAsync();
            var first = await fx.Host.Eventually(async () =>
            {
                await Task.Yield();
                return fx.Flaky.At("in-flight").FirstOrDefault();
            }, TimeSpan.FromSeconds(30));
            delivery = first.DeliveryId;
            replay = client.PostAsync($"/api/webhooks/subscriptions/{subscription}/deliveries/{delivery}/replay", null);
            await fx.Host.Eventually(async () => await RowLockWaitsAsync() > 0, TimeSpan.FromSeconds(30));
        }
        finally
        {
            fx.Flaky.Release("in-flight");
        }

        (await replay).EnsureSuccessStatusCode();
        var both = await fx.Host.Eventually(async () =>
        {
            await Task.Yield();
            var got = fx.Flaky.At("in-flight").Where(r => r.DeliveryId == delivery).ToList();
            return got.Count >= 2 ? got : null;
        }, TimeSpan.FromSeconds(30));
        Assert.Single(both.Select(r => r.IdempotencyKey).Distinct());
    }

    private async Task<long> RowLockWaitsAsync()
    {
        await using var connection = new NpgsqlConnection(fx.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%webhooks.deliveries%'
            """, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
