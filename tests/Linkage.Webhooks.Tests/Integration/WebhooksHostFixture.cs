using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;
using Npgsql;

namespace Linkage.Webhooks.Tests;

/// <summary>Catalog, intake and webhooks on real PostgreSQL and RabbitMQ, two loopback receivers allow-listed (a steady
/// one and one the tests take down), the sender every 200 ms retrying after 1 s, 2 s, 2 s… five attempts in all.</summary>
public sealed class WebhooksHostFixture : IAsyncLifetime
{
    public const string CaseSubmitted = "linkage.intake.case-submitted.v1";

    public static readonly DemoUser CountyAdmin = new("hooks-county", "县政务服务管理局", [Roles.TierAdmin], "350926000000");
    public static readonly DemoUser OtherCountyAdmin = new("hooks-other", "蕉城区政务服务管理局", [Roles.TierAdmin], "350902000000");

    /// <summary>The suite's gateway in a cluster and in public (<c>Webhooks:SuiteOrigins</c>, as the chart and
    /// <c>./platform</c> set them).</summary>
    public const string Gateway = "http://linkage-gateway.linkage.svc:8080", PublicGateway = "https://zwfw.example.gov.cn";

    /// <summary>./platform's gateway on loopback: refused even though the allow-list names it too.</summary>
    public const string LoopbackGateway = "http://127.0.0.1:45201";

    public LinkageTestHost Host { get; private set; } = null!;

    public WebhookReceiver Steady { get; } = new();

    public WebhookReceiver Flaky { get; } = new();

    public async Task InitializeAsync()
    {
        await Steady.StartAsync();
        await Flaky.StartAsync();
        Host = await LinkageTestHost.StartAsync("catalog,intake,webhooks", configure: s =>
        {
            s["Webhooks:AllowedOrigins:0"] = Steady.Origin;
            s["Webhooks:AllowedOrigins:1"] = Flaky.Origin;
            s["Webhooks:SuiteOrigins:0"] = Gateway;        // as the chart sets them: the gateway's Service, its public origin
            s["Webhooks:SuiteOrigins:1"] = PublicGateway;
            s["Webhooks:SuiteOrigins:2"] = LoopbackGateway;
            s["Webhooks:AllowedOrigins:2"] = LoopbackGateway;
            s["Webhooks:SweepInterval"] = "00:00:00.2";
            s["Webhooks:RetryFirst"] = "00:00:01";
            s["Webhooks:RetryCap"] = "00:00:02";
            s["Webhooks:MaxAttempts"] = "5";
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Steady.DisposeAsync();
        await Flaky.DisposeAsync();
    }

    public HttpClient Client(DemoUser user)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.TokenFor(user));
        return client;
    }

    /// <summary>A subscription to CaseSubmitted at <paramref name="url"/>: its id and its secret.</summary>
    public async Task<(Guid Id, string Secret)> SubscribeAsync(DemoUser owner, string url)
    {
        using var client = Client(owner);
        var body = await (await client.PostAsJsonAsync("/api/webhooks/subscriptions", new { url, eventTypes = new[] { CaseSubmitted } }))
            .JsonAsync(HttpStatusCode.Created);
        return (body.GetProperty("id").GetGuid(), body.Str("secret"));
    }

    /// <summary>A food-permit application submitted online in the county: CaseSubmitted is published.</summary>
    public async Task<Guid> SubmitCaseAsync()
    {
        using var resident = Host.CreateClient("resident");
        var body = await (await resident.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = "000121010000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code }),
        })).JsonAsync(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    public async Task<List<JsonElement>> DeliveriesAsync(DemoUser owner, Guid subscription)
    {
        using var client = Client(owner);
        return (await client.GetJsonAsync($"/api/webhooks/subscriptions/{subscription}/deliveries?limit=500")).Items().EnumerateArray().ToList();
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

[CollectionDefinition(Name)]
public sealed class WebhooksCollection : ICollectionFixture<WebhooksHostFixture>
{
    public const string Name = "webhooks";
}
