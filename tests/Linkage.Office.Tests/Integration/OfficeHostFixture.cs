using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.ServiceDefaults.Auth;
using Npgsql;

namespace Linkage.Office.Tests;

/// <summary>Catalog, intake, approval, certificates, office and supervision on real PostgreSQL and RabbitMQ, the
/// window's acts (受理, 审核, 送达) asked of the office over gRPC and the filing sweep every second. The tests share the county centre's rules, so they run one after the other.</summary>
public sealed class OfficeHostFixture : IAsyncLifetime
{
    public const string Centre = "ou-350926-centre";
    public const string County = "350926000000";
    public const string MarketRegulation = "dep-350926-scjg"; // signs off the food permit: its window accepts it

    public LinkageTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LinkageTestHost.StartAsync("catalog,intake,approval,certificates,office,supervision", configure: s =>
    {
        s["Linkage:Grpc:Office"] = s["Linkage:Grpc:Catalog"];
        s["Office:SweepInterval"] = "00:00:01";
    });

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    public HttpClient Client(DemoUser user)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.TokenFor(user));
        return client;
    }

    /// <summary>A member of the county centre's staff made up for one test.</summary>
    public static DemoUser Staff(string subject, string name) => new(subject, name, [Roles.WindowClerk], County, Centre);

    /// <summary>A food-permit application submitted online with every material: received, waiting for the window.</summary>
    public async Task<Guid> ReceivedCaseAsync()
    {
        using var resident = Host.CreateClient("resident");
        var body = await (await resident.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = "000121010000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code }),
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("received", body.Str("status"));
        return body.GetProperty("id").GetGuid();
    }

    public async Task<string> CaseStatusAsync(Guid caseId, string user = "resident")
    {
        using var client = Host.CreateClient(user);
        return (await client.GetJsonAsync($"/api/intake/cases/{caseId}")).Str("status");
    }

    /// <summary>The case's filing once the office has it, as the centre's management sees it.</summary>
    public async Task<JsonElement> FilingAsync(Guid caseId, string status)
    {
        using var admin = Host.CreateClient("hall-admin");
        return await Host.Eventually(async () =>
        {
            var filings = await admin.GetJsonAsync($"/api/office/filings?caseId={caseId}");
            return filings.GetProperty("items").EnumerateArray().Where(f => f.Str("status") == status).Select(f => (JsonElement?)f).FirstOrDefault();
        }, TimeSpan.FromSeconds(20)) ?? default;
    }

    /// <summary>The market regulation bureau's letter at the county centre (窗口授权).</summary>
    public async Task GrantAsync(params string[] powers)
    {
        using var admin = Host.CreateClient("hall-admin");
        await (await admin.PutAsJsonAsync($"/api/office/authorisations/{MarketRegulation}",
            new { departmentName = "县市场监管局", powers })).JsonAsync(HttpStatusCode.OK);
    }

    public static readonly string[] AllPowers = ["accept", "review", "coordinate", "deliver", "litigate"];

    public async Task SetRulesAsync(bool approvalFirst, int reportWithinHours = 24)
    {
        using var admin = Host.CreateClient("hall-admin");
        await (await admin.PutAsJsonAsync("/api/office/rules", new { approvalFirst, lateNoticeDays = 5, reportWithinHours })).JsonAsync(HttpStatusCode.OK);
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
public sealed class OfficeCollection : ICollectionFixture<OfficeHostFixture>
{
    public const string Name = "office";
}
