using System.Net;
using System.Net.Http.Json;
using Linkage.Testing;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogWriteHostCollection.Name)]
public sealed class DirectoryWriteTests(CatalogHost catalog)
{
    private const string County = "350926000000";

    [Fact]
    public async Task A_county_admin_adds_a_town_and_a_village_and_finds_them_by_prefix()
    {
        using var admin = catalog.As(County);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/catalog/regions", new { code = "350926201000", name = "楮坪乡" })).StatusCode);
        var village = await admin.PostAsJsonAsync("/api/catalog/regions",
            new { code = "350926201201", name = "洪坑村", level = "village", parentCode = "350926201000" });
        Assert.Equal(HttpStatusCode.Created, village.StatusCode);

        var subtree = (await BodyAsync(await catalog.Anonymous().GetAsync("/api/catalog/regions?within=350926201000"))).Items();
        Assert.Equal(["350926201000", "350926201201"], subtree.EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList());
        var villages = (await BodyAsync(await catalog.Anonymous().GetAsync("/api/catalog/regions?within=350926000000&level=village&limit=500"))).Items();
        Assert.All(villages.EnumerateArray(), r => Assert.Equal("village", r.GetProperty("level").GetString()));
        Assert.Contains(villages.EnumerateArray(), r => r.GetProperty("code").GetString() == "350926201201");
    }

    [Theory]
    [InlineData("350926202201", "350926000000", "parentCode")] // a village directly under the county
    [InlineData("350926299201", null, "parentCode")]           // its town does not exist
    [InlineData("350981009000", null, "parentCode")]           // the neighbouring county is not this admin's
    [InlineData("35092620220", null, "code")]                  // 11 digits
    [InlineData("350926100201", null, "code")]                 // taken by the demo village
    public async Task Bad_regions_are_422_naming_the_field_and_nothing_is_saved(string code, string? parent, string field)
    {
        using var admin = catalog.As(County);
        var before = await catalog.CountRowsAsync();
        var response = await admin.PostAsJsonAsync("/api/catalog/regions", new { code, name = "某村", parentCode = parent });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty(field, out _), field);
        Assert.Equal(before, await catalog.CountRowsAsync());
    }

    [Fact]
    public async Task A_stated_level_that_disagrees_with_the_code_is_422_naming_level()
    {
        using var admin = catalog.As(County);
        var response = await admin.PostAsJsonAsync("/api/catalog/regions", new { code = "350926203000", name = "某镇", level = "village" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("level", out _));
    }

    [Fact]
    public async Task A_window_clerk_may_not_write_the_directory()
    {
        using var clerk = catalog.As(County, "window-clerk");
        var response = await clerk.PostAsJsonAsync("/api/catalog/regions", new { code = "350926204000", name = "某镇" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_town_centre_gets_a_department_windows_and_hours()
    {
        using var admin = catalog.As(County);
        await admin.PostAsJsonAsync("/api/catalog/regions", new { code = "350926205000", name = "英山乡" });
        var created = await admin.PostAsJsonAsync("/api/catalog/org-units", new
        {
            id = "ou-350926205-centre", name = "英山乡便民服务中心", kind = "town-centre", divisionCode = "350926205000",
            address = "英山乡政府一楼", hours = "周一至周五 8:00-17:30", phone = "0593-8360000",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var department = await admin.PostAsJsonAsync("/api/catalog/org-units/ou-350926205-centre/departments",
            new { id = "dep-350926205-sbs", name = "英山乡社保所", creditCode = "11350926MB0000233M" });
        Assert.Equal(HttpStatusCode.Created, department.StatusCode);
        var windows = await admin.PutAsJsonAsync("/api/catalog/org-units/ou-350926205-centre/windows", new
        {
            windows = new object[] { new { number = "1", name = "综合窗口" }, new { number = "2", name = "社保窗口", departmentIds = new[] { "dep-350926205-sbs" } } },
        });
        Assert.Equal(HttpStatusCode.OK, windows.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/catalog/org-units/ou-350926205-centre/hours", new { hours = "周一至周六 8:00-18:00" })).StatusCode);

        var body = await BodyAsync(await catalog.Anonymous().GetAsync("/api/catalog/org-units/ou-350926205-centre"));
        Assert.Equal("周一至周六 8:00-18:00", body.GetProperty("hours").GetString());
        Assert.Equal("11350926MB0000233M", body.GetProperty("departments")[0].GetProperty("creditCode").GetString());
        Assert.Equal(2, body.GetProperty("windows").GetArrayLength());
        var listed = (await BodyAsync(await catalog.Anonymous().GetAsync("/api/catalog/org-units?within=350926205000"))).Items();
        Assert.Equal("ou-350926205-centre", Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Bad_org_units_departments_and_windows_are_422_and_nothing_is_saved()
    {
        using var admin = catalog.As(County);
        var before = await catalog.CountRowsAsync();
        var station = await admin.PostAsJsonAsync("/api/catalog/org-units", new
        {
            id = "ou-350926100-second", name = "双城镇第二中心", kind = "village-station", divisionCode = "350926100000",
            creditCode = "11350926MB00002330", address = "双城镇", hours = "周一至周五",
        });
        await AssertFields(station, "kind", "creditCode");
        await AssertFields(await admin.PostAsJsonAsync("/api/catalog/org-units/ou-350926-centre/departments",
            new { id = "dep-350926-scjg", name = "重复", creditCode = "11350926MB0000233X" }), "id", "creditCode");
        await AssertFields(await admin.PutAsJsonAsync("/api/catalog/org-units/ou-350926-centre/windows",
            new { windows = new[] { new { number = "1", name = "窗口", departmentIds = new[] { "dep-350981-scjg" } } } }), "windows[0].departmentIds");
        Assert.Equal(before, await catalog.CountRowsAsync());
        var centre = await BodyAsync(await catalog.Anonymous().GetAsync("/api/catalog/org-units/ou-350926-centre"));
        Assert.Equal(9, centre.GetProperty("windows").GetArrayLength());   // the seeded windows, unchanged
    }

    [Fact]
    public async Task Another_countys_org_unit_is_404_to_this_admin()
    {
        using var admin = catalog.As(County);
        var response = await admin.PutAsJsonAsync("/api/catalog/org-units/ou-350981-centre/hours", new { hours = "全天" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var unit = await admin.PostAsJsonAsync("/api/catalog/org-units", new
        {
            id = "ou-350981-elsewhere", name = "别处", kind = "centre", divisionCode = "350981000000", address = "福安", hours = "全天",
        });
        await AssertFields(unit, "divisionCode");
    }

    private static async Task AssertFields(HttpResponseMessage response, params string[] fields)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await BodyAsync(response)).GetProperty("errors");
        foreach (var field in fields) Assert.True(errors.TryGetProperty(field, out _), field);
    }
}
