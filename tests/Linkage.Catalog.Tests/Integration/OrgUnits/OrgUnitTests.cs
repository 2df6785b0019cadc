using System.Net;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class OrgUnitTests(CatalogHost catalog)
{
    [Fact]
    public async Task The_county_centre_shows_its_departments_windows_and_hours()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/org-units/ou-350926-centre");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("柘荣县行政服务中心", body.GetProperty("name").GetString());
        Assert.Equal("centre", body.GetProperty("kind").GetString());
        Assert.Equal("11350926MB00003113", body.GetProperty("creditCode").GetString());
        Assert.Contains("周一至周五", body.GetProperty("hours").GetString());
        var departments = body.GetProperty("departments").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("creditCode").GetString());
        Assert.Equal("11350926MB00001255", departments["dep-350926-scjg"]);
        Assert.Equal("11350926MB0000233M", departments["dep-350926-wsjk"]);
        var windows = body.GetProperty("windows").EnumerateArray().ToList();
        Assert.Contains(windows, w => w.GetProperty("departmentIds").EnumerateArray().Any(d => d.GetString() == "dep-350926-scjg"));
    }

    [Fact]
    public async Task A_village_station_is_a_village_station()
    {
        using var client = catalog.Anonymous();
        var body = await BodyAsync(await client.GetAsync("/api/catalog/org-units/ou-350926100201-station"));
        Assert.Equal("village-station", body.GetProperty("kind").GetString());
        Assert.Equal("350926100201", body.GetProperty("divisionCode").GetString());
    }

    [Fact]
    public async Task An_unknown_org_unit_is_404_naming_id()
    {
        using var client = catalog.Anonymous();
        var response = await client.GetAsync("/api/catalog/org-units/ou-350926-nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("id", out _));
    }
}
