using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Catalog.Features.Cascade;
using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Auth;
using Linkage.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>Two deployments with their own databases on one federation bus (the real RabbitMQ adapter): the province
/// (serves everything) publishes and revises a matter; the county (serves 350926) receives it and refreshes its entries.</summary>
public sealed class CascadeTests : IAsyncLifetime
{
    private LinkageTestHost province = null!;
    private LinkageTestHost county = null!;

    public async Task InitializeAsync()
    {
        var (provinceId, countyId) = (FederationIdentity.Create("province-350000", ""), FederationIdentity.Create("county-350926", "350926000000"));
        province = await LinkageTestHost.StartAsync("catalog", configure: s =>
        {
            provinceId.Configure(s);
            countyId.TrustedBy(s);
        });
        county = await LinkageTestHost.StartAsync("catalog", configure: s =>
        {
            s["Linkage:Federation:RabbitMqUri"] = province.AmqpUri.ToString();
            countyId.Configure(s);
            provinceId.TrustedBy(s);
        });
    }

    public async Task DisposeAsync()
    {
        await county.DisposeAsync();
        await province.DisposeAsync();
    }

    [Fact]
    public async Task A_published_and_revised_matter_reaches_the_county_which_keeps_its_overrides_and_locks()
    {
        var code = CatalogWrites.NewMatterCode();
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        using var provinceAdmin = Admin(province, "350000000000");
        using var countyAdmin = Admin(county, "350926000000");
        var published = await provinceAdmin.PostAsJsonAsync("/api/catalog/matters", Matter(code, today, legal: 20, committed: 10, trips: 2));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        await county.Eventually(async () => (await county.CreateClient().GetAsync($"/api/catalog/matters/{code}")).IsSuccessStatusCode ? "" : null,
            TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, (await countyAdmin.PutAsJsonAsync($"/api/catalog/implementations/350926-{code}-01", new
        {
            matterCode = code, orgUnitId = "ou-350926-centre", effectiveFrom = today, committedLimit = new { amount = 8, unit = "working-days" },
            departments = new[] { new { departmentId = "dep-350926-mzj", limitWorkingDays = 5, signsOff = true } }, locks = new[] { "trips" },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await countyAdmin.PutAsJsonAsync($"/api/catalog/implementations/350926100-{code}-01", new
        {
            matterCode = code, orgUnitId = "ou-350926100-centre", effectiveFrom = today, inheritsFrom = $"350926-{code}-01", hours = "周二全天",
        })).StatusCode);

        var revised = await provinceAdmin.PutAsJsonAsync($"/api/catalog/matters/{code}", Matter(code, today, legal: 15, committed: 12, trips: 0));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);

        var town = await Entry(county, $"350926100-{code}-01", version: 2);
        var centre = await Entry(county, $"350926-{code}-01", version: 2);
        Assert.Equal(2, centre.GetProperty("matterVersion").GetInt32());
        Assert.Equal(15, centre.GetProperty("legalLimit").GetProperty("amount").GetInt32());  // from the matter
        Assert.Equal(8, centre.GetProperty("committedLimit").GetProperty("amount").GetInt32()); // the county's override
        Assert.Equal(0, centre.GetProperty("trips").GetInt32());
        Assert.Equal(0, town.GetProperty("trips").GetInt32());                                // locked, taken from the county again
        Assert.Equal("周二全天", town.GetProperty("hours").GetString());

        await ReplayLatestChangeAsync(code);
        Assert.Equal("1/4", await CountAsync(county, code));
    }

    /// <summary>The same change in other events (another target's copy, a redelivery): nothing new is written.</summary>
    private async Task ReplayLatestChangeAsync(string code)
    {
        var payload = await PayloadAsync(code) ?? throw new InvalidOperationException("No MatterChanged in the province's outbox.");
        foreach (var id in new[] { Guid.NewGuid(), Guid.NewGuid() })
        {
            await using var scope = county.Services.CreateAsyncScope();
            var envelope = new FederationEvent
            {
                Id = id.ToString(), Source = "/test", Type = MatterChanged.Type, TargetDivision = "350926000000",
                Data = JsonSerializer.SerializeToElement(payload, MessageJson.Options),
            };
            await scope.ServiceProvider.GetRequiredService<MatterChangedHandler>().HandleAsync(envelope, payload, CancellationToken.None);
        }
    }

    private async Task<MatterChanged?> PayloadAsync(string code)
    {
        await using var connection = new NpgsqlConnection(province.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload::text FROM catalog.outbox_messages WHERE payload::text LIKE @code ORDER BY sequence DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("code", $"%{code}%");
        return await command.ExecuteScalarAsync() is string json ? JsonSerializer.Deserialize<MatterChanged>(json, MessageJson.Options) : null;
    }

    private static async Task<string> CountAsync(LinkageTestHost host, string code)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT (SELECT count(*) FROM catalog.matters WHERE "Code" = @c) || '/' || (SELECT count(*) FROM catalog.implementations WHERE "MatterCode" = @c)""",
            connection);
        command.Parameters.AddWithValue("c", code);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<JsonElement> Entry(LinkageTestHost host, string code, int version)
    {
        using var admin = Admin(host, "350926000000");
        return await host.Eventually(async () =>
        {
            var response = await admin.GetAsync($"/api/catalog/implementations/{code}");
            var body = response.IsSuccessStatusCode ? await BodyAsync(response) : default;
            return response.IsSuccessStatusCode && body.GetProperty("version").GetInt32() == version ? (JsonElement?)body : null;
        }, TimeSpan.FromSeconds(20)) ?? default;
    }

    private static HttpClient Admin(LinkageTestHost host, string division)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", host.TokenFor(new DemoUser($"admin-{division}", "admin", ["tier-admin"], division)));
        return client;
    }

    private static object Matter(string code, DateOnly from, int legal, int committed, int trips) => new
    {
        code, name = "级联测试事项", type = "public-service", keywords = new[] { "级联" }, effectiveFrom = from, legalBasis = "《测试条例》",
        handlingLevels = new[] { "county", "town" }, caseKind = "committed", legalLimit = new { amount = legal, unit = "working-days" },
        committedLimit = new { amount = committed, unit = "working-days" }, trips,
    };
}
