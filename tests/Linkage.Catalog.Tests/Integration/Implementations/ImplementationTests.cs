using System.Net;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogHostCollection.Name)]
public sealed class ImplementationTests(CatalogHost catalog)
{
    private const string FoodPermit = "/api/catalog/implementations/350926-000121010000-01";

    [Fact]
    public async Task An_implementation_entry_needs_a_token()
    {
        using var client = catalog.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(FoodPermit)).StatusCode);
    }

    [Fact]
    public async Task The_food_permit_entry_has_its_limits_materials_departments_and_licence()
    {
        using var clerk = catalog.Host.CreateClient("clerk");
        var response = await clerk.GetAsync(FoodPermit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Equal("committed", body.GetProperty("caseKind").GetString());
        Assert.Equal(20, body.GetProperty("legalLimit").GetProperty("amount").GetInt32());
        Assert.Equal(10, body.GetProperty("committedLimit").GetProperty("amount").GetInt32());
        Assert.Equal("ou-350926-centre", body.GetProperty("orgUnit").GetProperty("id").GetString());
        var deferrable = body.GetProperty("materials").EnumerateArray().Where(m => m.GetProperty("deferrable").GetBoolean()).ToList();
        Assert.Equal("health-certificate", Assert.Single(deferrable).GetProperty("code").GetString());
        var signing = body.GetProperty("departments").EnumerateArray().Single(d => d.GetProperty("signsOff").GetBoolean());
        Assert.Equal("柘荣县市场监督管理局", signing.GetProperty("name").GetString());
        Assert.Equal(8, signing.GetProperty("limitWorkingDays").GetInt32());
        var licence = body.GetProperty("licence");
        Assert.Equal("11350000MB00001479001", licence.GetProperty("typeCode").GetString());
        Assert.Equal(5, licence.GetProperty("validityYears").GetInt32());
    }

    [Fact]
    public async Task A_pinned_version_is_served_and_a_missing_one_is_404()
    {
        using var clerk = catalog.Host.CreateClient("clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(FoodPermit + "?version=1")).StatusCode);
        var missing = await clerk.GetAsync(FoodPermit + "?version=7");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True((await BodyAsync(missing)).GetProperty("errors").TryGetProperty("implementationCode", out _));
    }

    [Theory]
    [InlineData("?version=abc", "version")]
    [InlineData("?version=0", "version")]
    public async Task A_bad_version_is_422_naming_it(string query, string field)
    {
        using var clerk = catalog.Host.CreateClient("clerk");
        var response = await clerk.GetAsync(FoodPermit + query);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_code_longer_than_36_characters_is_422_naming_implementationCode()
    {
        using var clerk = catalog.Host.CreateClient("clerk");
        var response = await clerk.GetAsync("/api/catalog/implementations/" + new string('3', 37));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await BodyAsync(response)).GetProperty("errors").TryGetProperty("implementationCode", out _));
    }
}
