using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Linkage.ServiceDefaults.Auth;
using Npgsql;

namespace Linkage.Fees.Tests.Integration;

/// <summary>Catalog, intake, approval, fees and supervision on real PostgreSQL and RabbitMQ. The county's food-permit
/// entry gets a new version listing two fees (the seeded one is free), written through the catalog API.</summary>
public sealed class FeesHostFixture : IAsyncLifetime
{
    public const string Entry = "350926-000121010000-01";
    public const long DueFen = 12_050; // 100.00 + 20.50 yuan

    public static readonly DemoUser CountyAdmin = new("admin-county", "县政务服务管理局", [Roles.TierAdmin], "350926000000");

    public LinkageTestHost Host { get; private set; } = null!;

    public byte[] ProviderKey { get; } = RandomNumberGenerator.GetBytes(32);

    public async Task InitializeAsync()
    {
        Host = await LinkageTestHost.StartAsync("catalog,intake,approval,fees,supervision",
            configure: s => s["Linkage:Fees:ProviderKey"] = Convert.ToBase64String(ProviderKey));
        using var admin = Client(CountyAdmin);
        var saved = await admin.PutAsJsonAsync($"/api/catalog/implementations/{Entry}", FeeBearingEntry());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HttpClient Client(DemoUser user)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Host.TokenFor(user));
        return client;
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static object FeeBearingEntry() => new
    {
        caseKind = "committed",
        legalLimit = new { amount = 20, unit = "working-days" },
        committedLimit = new { amount = 10, unit = "working-days" },
        trips = 1,
        materials = new[]
        {
            new { code = "application-form", name = "食品经营许可申请书", required = true, deferrable = false },
            new { code = "id-copy", name = "经营者身份证明", required = true, deferrable = false },
            new { code = "premises-plan", name = "经营场所平面图", required = true, deferrable = false },
            new { code = "health-certificate", name = "从业人员健康证明", required = true, deferrable = true },
        },
        departments = new[]
        {
            new { departmentId = "dep-350926-scjg", limitWorkingDays = 8, signsOff = true },
            new { departmentId = "dep-350926-wsjk", limitWorkingDays = 8, signsOff = false },
            new { departmentId = "dep-350926-xfjy", limitWorkingDays = 8, signsOff = false },
        },
        proxyAllowed = true,
        licence = new { produces = true, typeCode = "11350000MB00001479001", typeName = "食品经营许可证", issuerCreditCode = "11350926MB00001255", validityYears = 5 },
        fees = new[]
        {
            new { item = "许可证工本费", amountYuan = 100.00m, basis = "闽价费〔2024〕12号" },
            new { item = "现场核查费", amountYuan = 20.50m, basis = "闽财税〔2024〕3号" },
        },
    };
}
