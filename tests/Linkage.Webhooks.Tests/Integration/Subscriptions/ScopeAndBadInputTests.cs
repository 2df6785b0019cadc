using System.Net;
using System.Net.Http.Json;

namespace Linkage.Webhooks.Tests;

/// <summary>Only the owner reaches a subscription (anyone else: 404), and a bad subscription is refused with problem
/// details naming the field, nothing written.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class ScopeAndBadInputTests(WebhooksHostFixture fx)
{
    [Fact]
    public async Task Another_subscribers_subscription_is_not_found()
    {
        var (id, _) = await fx.SubscribeAsync(WebhooksHostFixture.CountyAdmin, fx.Steady.Url("scoped"));
        using var owner = fx.Client(WebhooksHostFixture.CountyAdmin);
        using var other = fx.Client(WebhooksHostFixture.OtherCountyAdmin);
        var path = $"/api/webhooks/subscriptions/{id}";
        var change = new { url = fx.Steady.Url("stolen"), eventTypes = new[] { WebhooksHostFixture.CaseSubmitted } };

        await (await other.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.PutAsJsonAsync(path, change)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.DeleteAsync(path)).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync(path + "/deliveries")).ProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync(path + "/replay", new { since = DateTimeOffset.UtcNow.AddHours(-1) })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await other.GetJsonAsync("/api/webhooks/subscriptions")).Items().EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        var mine = await owner.GetJsonAsync(path);
        Assert.Equal(fx.Steady.Url("scoped"), mine.Str("url"));
        Assert.False(mine.TryGetProperty("secret", out var secret) && secret.ValueKind == System.Text.Json.JsonValueKind.String); // shown once only
        Assert.Contains((await owner.GetJsonAsync("/api/webhooks/subscriptions")).Items().EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);

        var changed = await (await owner.PutAsJsonAsync(path, new { url = fx.Steady.Url("moved"), eventTypes = new[] { WebhooksHostFixture.CaseSubmitted }, active = false }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.False(changed.GetProperty("active").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync(path)).StatusCode);
        await (await owner.GetAsync(path)).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static (string Field, string? Url, string[]? Types, string? Secret)[] BadSubscriptions(string steady) =>
    [
        ("url", "ftp://example.org/hook", [WebhooksHostFixture.CaseSubmitted], null),
        ("url", "hook", [WebhooksHostFixture.CaseSubmitted], null),
        ("url", "http://user:pw@example.org/hook", [WebhooksHostFixture.CaseSubmitted], null),
        ("url", "http://127.0.0.1:9/hook", [WebhooksHostFixture.CaseSubmitted], null),   // loopback, not allow-listed
        ("url", "http://localhost:9/hook", [WebhooksHostFixture.CaseSubmitted], null),
        ("eventTypes[0]", steady, ["linkage.intake.case-invented.v1"], null),
        ("eventTypes", steady, [], null),
        ("secret", steady, [WebhooksHostFixture.CaseSubmitted], new string('s', 200)),
        ("secret", steady, [WebhooksHostFixture.CaseSubmitted], "short"),
    ];

    [Fact]
    public async Task Bad_subscriptions_are_refused_naming_the_field_and_nothing_is_written()
    {
        using var admin = fx.Client(WebhooksHostFixture.CountyAdmin);
        var before = await fx.CountAsync("SELECT count(*) FROM webhooks.subscriptions");
        var cases = BadSubscriptions(fx.Steady.Url("bad"))
            .Append(("url", fx.Host.HttpAddress + "api/webhooks/subscriptions", new[] { WebhooksHostFixture.CaseSubmitted }, null)) // the suite itself
            .Append(("url", WebhooksHostFixture.Gateway + "/api/v1/intake/cases", new[] { WebhooksHostFixture.CaseSubmitted }, null)) // its gateway
            .Append(("url", WebhooksHostFixture.PublicGateway + "/hook", new[] { WebhooksHostFixture.CaseSubmitted }, null))
            .Append(("url", WebhooksHostFixture.LoopbackGateway + "/api/v1/intake/cases", new[] { WebhooksHostFixture.CaseSubmitted }, null))
            .Append(("eventTypes[0]", fx.Steady.Url("bad"), new[] { FederationType() }, null));
        foreach (var (field, url, types, secret) in cases)
        {
            var problem = await (await admin.PostAsJsonAsync("/api/webhooks/subscriptions", new { url, eventTypes = types, secret }))
                .ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.ErrorFields().Contains(field), $"{url} {string.Join(',', types ?? [])}: {problem}");
        }
        Assert.Equal(before, await fx.CountAsync("SELECT count(*) FROM webhooks.subscriptions"));

        var (id, _) = await fx.SubscribeAsync(WebhooksHostFixture.CountyAdmin, fx.Steady.Url("bad-change"));
        var refused = await (await admin.PutAsJsonAsync($"/api/webhooks/subscriptions/{id}", new { url = "gopher://x", eventTypes = new[] { WebhooksHostFixture.CaseSubmitted } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("url", refused.ErrorFields());
        Assert.Equal(fx.Steady.Url("bad-change"), (await admin.GetJsonAsync($"/api/webhooks/subscriptions/{id}")).Str("url"));
        var noSince = await (await admin.PostAsJsonAsync($"/api/webhooks/subscriptions/{id}/replay", new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("since", noSince.ErrorFields());
    }

    /// <summary>A type the catalogue lists as crossing tiers: carried between brokers, not offered as a webhook.</summary>
    private static string FederationType() =>
        Linkage.ServiceDefaults.Events.PublishedEvent.All.First(e => e.CrossesTiers).CloudEventType;
}
