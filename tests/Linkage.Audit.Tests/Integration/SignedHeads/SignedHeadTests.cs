using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linkage.Audit.Tests;

/// <summary>A county deployment signs its chain heads and publishes them to the city over the federation bus; the
/// city keeps them and can verify them against the county's trusted key.</summary>
public sealed class SignedHeadTests : IAsyncLifetime
{
    private readonly FederationIdentity cityId = FederationIdentity.Create("city-3509", "350900000000");
    private readonly FederationIdentity countyId = FederationIdentity.Create("county-350926", "350926000000");
    private LinkageTestHost city = null!;
    private LinkageTestHost county = null!;

    public async Task InitializeAsync()
    {
        city = await LinkageTestHost.StartAsync("supervision", configure: s =>
        {
            cityId.Configure(s);
            countyId.TrustedBy(s);
        });
        county = await LinkageTestHost.StartAsync("catalog,intake", configure: s =>
        {
            s["Linkage:Federation:RabbitMqUri"] = city.AmqpUri.ToString();
            s["Linkage:Federation:LoopBack"] = "true"; // one broker, no link: its heads for the city come back in (0646)
            s["Linkage:Audit:HeadInterval"] = "00:00:01";
            countyId.Configure(s);
            cityId.TrustedBy(s);
        });
    }

    public async Task DisposeAsync()
    {
        await county.DisposeAsync();
        await city.DisposeAsync();
    }

    [Fact]
    public async Task The_city_keeps_the_countys_signed_head_and_verifies_it_and_finds_a_forged_one()
    {
        await AcceptACaseAsync();
        var head = await ScalarAsync<long>(county, "SELECT max(seq) FROM audit.audit_log WHERE chain = 'intake'");

        await city.Eventually(async () => await ScalarAsync<long>(city,
            $"SELECT count(*) FROM audit.received_heads WHERE signer = 'county-350926' AND chain = 'intake' AND seq = {head}") > 0 ? "" : null,
            TimeSpan.FromSeconds(30));
        Assert.True(await ScalarAsync<bool>(city, $"""
            SELECT r.hash = '\x{await HexAsync(county, head)}'::bytea FROM audit.received_heads r
            WHERE r.signer = 'county-350926' AND r.chain = 'intake' AND r.seq = {head}
            """));
        var trust = city.Services.GetRequiredService<FederationTrust>();
        await using var cityData = NpgsqlDataSource.Create(city.ConnectionString);
        var (verified, failed) = await ReceivedHeads.VerifyAsync(cityData, trust, CancellationToken.None);
        Assert.True(verified >= 1);
        Assert.Empty(failed);

        await ScalarAsync<int>(city, """
            INSERT INTO audit.received_heads (signer, chain, seq, hash, signed_at, key_id, signature, origin_division, received_at)
            SELECT signer, chain, seq + 1000, sha256('forged'), signed_at, key_id, signature, origin_division, now()
            FROM audit.received_heads WHERE signer = 'county-350926' LIMIT 1 RETURNING 1
            """);
        var (_, forged) = await ReceivedHeads.VerifyAsync(cityData, trust, CancellationToken.None);
        Assert.Single(forged);
    }

    private async Task AcceptACaseAsync()
    {
        using var resident = county.CreateClient("resident");
        using var submitted = await resident.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = "000121010000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code }),
        });
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var clerk = county.CreateClient("clerk");
        using var accepted = await clerk.PostAsJsonAsync($"/api/intake/cases/{id}/acceptance", new { });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    private static async Task<string> HexAsync(LinkageTestHost host, long seq) =>
        await ScalarAsync<string>(host, $"SELECT encode(hash, 'hex') FROM audit.audit_log WHERE chain = 'intake' AND seq = {seq}");

    private static async Task<T> ScalarAsync<T>(LinkageTestHost host, string sql)
    {
        await using var conn = new NpgsqlConnection(host.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
