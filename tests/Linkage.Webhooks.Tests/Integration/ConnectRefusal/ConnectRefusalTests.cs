namespace Linkage.Webhooks.Tests;

/// <summary>The sender checks the target again when it connects (decision 0602): a subscription whose name now
/// resolves to this machine, outside the allow-list, is refused there and the receiver gets nothing.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class ConnectRefusalTests(WebhooksHostFixture fx)
{
    [Fact]
    public async Task A_target_resolving_to_this_machine_outside_the_allow_list_is_refused_at_connect()
    {
        var admin = WebhooksHostFixture.CountyAdmin;
        var (subscription, _) = await fx.SubscribeAsync(admin, fx.Steady.Url("sneaky"));
        // as if its DNS name had changed since registration: "localhost" is not the allow-listed 127.0.0.1 origin
        var rebound = fx.Steady.Url("sneaky").Replace("127.0.0.1", "localhost");
        Assert.Equal(1, await fx.CountAsync($"WITH u AS (UPDATE webhooks.subscriptions SET \"Url\" = '{rebound}' WHERE \"Id\" = '{subscription}' RETURNING 1) SELECT count(*) FROM u"));

        await fx.SubmitCaseAsync();
        var refused = await fx.Host.Eventually(async () =>
            (await fx.DeliveriesAsync(admin, subscription)).Where(d => d.GetProperty("attempts").GetInt32() >= 1)
                .Select(d => (System.Text.Json.JsonElement?)d).FirstOrDefault(), TimeSpan.FromSeconds(30));
        Assert.Contains("resolves to this machine", refused!.Value.Str("lastError"));
        Assert.Empty(fx.Steady.At("sneaky"));
    }
}
