using System.Net;
using System.Net.Http.Json;
using System.Text;
using Linkage.Contracts.Catalog.V1;
using Linkage.Testing;
using static Linkage.Catalog.Tests.Integration.CatalogHost;

namespace Linkage.Catalog.Tests.Integration;

[Collection(CatalogWriteHostCollection.Name)]
public sealed class ImportTests(CatalogHost catalog)
{
    [Fact]
    public async Task A_generated_county_imports_in_one_go_with_progress_and_resolves()
    {
        // LINKAGE_IMPORT_SIZE=5000,50000 tries the target size by hand (its time: ./platform bench); the default keeps the test short.
        var size = (Environment.GetEnvironmentVariable("LINKAGE_IMPORT_SIZE") ?? "500,5000").Split(',').Select(int.Parse).ToArray();
        var file = ImportFiles.Csv("350927", size[0], size[1], "81");
        using var admin = catalog.As("350000000000");
        var started = await admin.PostAsync("/api/catalog/imports?name=county.csv", new StringContent(file, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);

        var location = started.Headers.Location!.ToString();
        var done = await catalog.Host.Eventually(async () =>
        {
            var job = await BodyAsync(await admin.GetAsync(location));
            return job.GetProperty("state").GetString() == "writing" ? (System.Text.Json.JsonElement?)null : job;
        }, TimeSpan.FromSeconds(120)) ?? default;
        Assert.Equal("succeeded", done.GetProperty("state").GetString());
        Assert.Equal(size[1], done.GetProperty("written").GetProperty("implementations").GetInt32());

        var resolved = await catalog.Grpc.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
        {
            MatterCode = ImportFiles.Matter("81", 3), DivisionCode = "350927001201",
        });
        Assert.True(resolved.Found, resolved.Reason);
        Assert.Equal("ou-350927001-centre", resolved.OrgUnitId);
    }

    [Fact]
    public async Task A_bad_file_is_422_with_file_row_field_and_reason_and_changes_nothing()
    {
        var file = ImportFiles.Csv("350928", 3, 6, "82")
            .Replace("350928001201,测试村1,350928001000", "350928001201,测试村1,350928000000")  // a village under the county
            .Replace("-820000000001-01,1,2024-01-01,820000000001,ou-350928-centre,committed,20,10", "-820000000001-01,1,2024-01-01,820000000001,ou-350928-centre,committed,20,30");
        using var admin = catalog.As("350000000000");
        var before = await catalog.CountRowsAsync();
        var response = await admin.PostAsync("/api/catalog/imports?name=bad.csv", new StringContent(file, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await BodyAsync(response)).GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("file").GetString(), p.GetProperty("row").GetInt32(), p.GetProperty("field").GetString())).ToList();
        var lines = file.Split('\n');
        Assert.Contains(("bad.csv", Array.FindIndex(lines, l => l.StartsWith("350928001201")) + 1, "regions.parentCode"), problems);
        Assert.Contains(problems, p => p.Item3 == "implementations.committedLimit" && lines[p.Item2 - 1].Contains("20,30"));
        Assert.Equal(before, await catalog.CountRowsAsync());
    }

    [Fact]
    public async Task A_json_file_imports_materials_and_departments_and_a_county_admin_may_not_import_matters()
    {
        var json = new
        {
            regions = new[] { new { code = "350926206000", name = "富溪镇" } },
            orgUnits = new[] { new { id = "ou-350926206-centre", name = "富溪镇便民服务中心", kind = "town-centre", divisionCode = "350926206000", address = "富溪镇", hours = "周一至周五" } },
            implementations = new[]
            {
                new
                {
                    code = "350926206-000113012000-01", version = 1, effectiveFrom = "2024-01-01", matterCode = "000113012000",
                    orgUnitId = "ou-350926206-centre", caseKind = "instant", legalLimit = 5, committedLimit = 0, trips = 1, proxyAllowed = true,
                    materials = new[] { new { code = "id-copy", name = "居民身份证", required = true, deferrable = false } },
                },
            },
        };
        using var county = catalog.As("350926000000");
        var started = await county.PostAsJsonAsync("/api/catalog/imports", json);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var entry = await catalog.Host.Eventually(async () =>
        {
            var response = await county.GetAsync("/api/catalog/implementations/350926206-000113012000-01");
            return response.IsSuccessStatusCode ? (System.Text.Json.JsonElement?)await BodyAsync(response) : null;
        }) ?? default;
        Assert.Equal("居民身份证", entry.GetProperty("materials")[0].GetProperty("name").GetString());

        var matters = await county.PostAsJsonAsync("/api/catalog/imports", new
        {
            matters = new[] { new { code = "830000000001", name = "县里自定事项", type = "public-service", effectiveFrom = "2024-01-01", legalBasis = "无" } },
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, matters.StatusCode);
        Assert.True((await BodyAsync(matters)).GetProperty("errors").TryGetProperty("matters.code", out _));
    }
}
