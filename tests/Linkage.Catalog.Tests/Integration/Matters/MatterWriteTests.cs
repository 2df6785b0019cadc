using System.Net;
using System.Net.Http.Json;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogWriteHostCollection.Name)]
public sealed class MatterWriteTests(CatalogHost catalog)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static object Matter(string code, DateOnly effectiveFrom, int legal = 20, int committed = 10, string basis = "《测试条例》第一条") => new
    {
        code, name = "测试许可事项", type = "administrative-licensing", keywords = new[] { "测试" }, effectiveFrom, legalBasis = basis,
        handlingLevels = new[] { "county" }, acceptanceConditions = "申请人具有完全民事行为能力",
        materials = new[]
        {
            new { code = "application-form", name = "申请书", originals = 1, copies = 0, form = "either", required = true, deferrable = false, source = "申请人自备" },
        },
        legalLimit = new { amount = legal, unit = "working-days" }, committedLimit = new { amount = committed, unit = "working-days" },
        caseKind = "committed", trips = 1, fees = new[] { new { item = "工本费", amountYuan = 0m, basis = "免收" } },
        steps = new[] { new { name = "受理", who = "综合窗口", limitWorkingDays = 0 } },
        consultationPhone = "0593-8352345", complaintPhone = "12345", supervisingBody = "柘荣县行政服务中心管委会", onlineDepth = "accept",
    };

    [Fact]
    public async Task The_province_publishes_a_matter_with_every_catalogue_field()
    {
        using var admin = catalog.As("350000000000");
        var code = CatalogWrites.NewMatterCode();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/catalog/matters", Matter(code, Today))).StatusCode);

        var body = await BodyAsync(await catalog.Anonymous().GetAsync($"/api/catalog/matters/{code}"));
        var details = body.GetProperty("current").GetProperty("details");
        Assert.Equal(10, details.GetProperty("committedLimit").GetProperty("amount").GetInt32());
        Assert.Equal("either", details.GetProperty("materials")[0].GetProperty("form").GetString());
        Assert.Equal("accept", details.GetProperty("onlineDepth").GetString());
        Assert.Equal("12345", details.GetProperty("complaintPhone").GetString());
        Assert.Equal("county", details.GetProperty("handlingLevels")[0].GetString());
    }

    [Fact]
    public async Task An_edit_is_a_new_version_and_the_old_one_stays()
    {
        using var admin = catalog.As("350000000000");
        var code = CatalogWrites.NewMatterCode();
        await admin.PostAsJsonAsync("/api/catalog/matters", Matter(code, Today));
        var future = await admin.PutAsJsonAsync($"/api/catalog/matters/{code}", Matter(code, Today.AddDays(30), committed: 5, basis: "《测试条例》（修订）"));
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);

        var body = await BodyAsync(await catalog.Anonymous().GetAsync($"/api/catalog/matters/{code}"));
        Assert.Equal(1, body.GetProperty("current").GetProperty("version").GetInt32());
        var versions = body.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("version").GetInt32()).ToList());
        Assert.Equal(10, versions[0].GetProperty("details").GetProperty("committedLimit").GetProperty("amount").GetInt32());
        Assert.Equal(5, versions[1].GetProperty("details").GetProperty("committedLimit").GetProperty("amount").GetInt32());

        var backdated = await admin.PutAsJsonAsync($"/api/catalog/matters/{code}", Matter(code, Today.AddDays(10)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backdated.StatusCode);
        Assert.True((await BodyAsync(backdated)).GetProperty("errors").TryGetProperty("effectiveFrom", out _));
    }

    [Fact]
    public async Task A_committed_limit_above_the_legal_one_is_422_and_nothing_is_saved()
    {
        using var admin = catalog.As("350000000000");
        var before = await catalog.CountRowsAsync();
        var response = await admin.PostAsJsonAsync("/api/catalog/matters", Matter(CatalogWrites.NewMatterCode(), Today, legal: 5, committed: 6));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("committedLimit", out _));
        Assert.Equal(before, await catalog.CountRowsAsync());
    }

    [Fact]
    public async Task A_duplicate_code_is_422_and_a_county_admin_may_not_publish()
    {
        using var province = catalog.As("350000000000");
        var duplicate = await province.PostAsJsonAsync("/api/catalog/matters", Matter("000121010000", Today));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.True((await BodyAsync(duplicate)).GetProperty("errors").TryGetProperty("code", out _));

        using var county = catalog.As("350926000000");
        Assert.Equal(HttpStatusCode.Forbidden, (await county.PostAsJsonAsync("/api/catalog/matters", Matter(CatalogWrites.NewMatterCode(), Today))).StatusCode);
    }
}
