using System.Net;
using System.Net.Http.Json;
using Linkage.Security.Tests.Matrix;

namespace Linkage.Security.Tests.Api;

/// <summary>Second items for the pagination walk's lists that the fixture seeds once, each made through the real API as its
/// owner would: a second bundle, two service areas, two refused applications (否定报备 filings), two key projects, a second
/// case approved into a certificate, an invitation and a bad rating whose rectification gets its return visit, and two
/// supervision orders the clerk answers (two audited actions of one subject). Nothing the fixture's targets point at is
/// changed, so the matrix's cells stay as they were.</summary>
public sealed class SecondItemSeeder(SecurityHostFixture fixture)
{
    private static readonly string[] AllMaterials = ["application-form", "id-copy", "premises-plan", "health-certificate"];
    private readonly TargetSeeder seeder = new(fixture.Host);

    /// <summary>Answers the rectification that has two steps.</summary>
    public async Task<string> SeedAsync()
    {
        await BundleAsync();
        await AreasAsync();
        await RefusalsAsync();
        var (completed, open) = (await AcceptedCaseAsync(), await AcceptedCaseAsync());
        foreach (var keyProject in new[] { completed, open }) await MarkKeyProjectAsync(keyProject);
        await AnsweredOrdersAsync(open);
        foreach (var reviewer in DemoReviewers.FoodPermit) await seeder.ApproveAsync(reviewer, completed);
        return await VisitedRectificationAsync(completed);
    }

    private async Task BundleAsync()
    {
        using var admin = fixture.Host.CreateClient("admin-province");
        await (await admin.PostAsJsonAsync("/api/catalog/bundles", new
        {
            code = "350926-YJS-WALK-02", name = "企业印章刻制一件事", orgUnitId = "ou-350926-centre",
            committedLimit = new { amount = 4, unit = "working-days" },
            legs = new[] { "350926-000122005000-01", "350926-000159006000-01" }.Select(code => new { implementationCode = code }),
        })).JsonAsync(HttpStatusCode.Created);
    }

    private async Task AreasAsync()
    {
        using var hallAdmin = fixture.Host.CreateClient("hall-admin");
        foreach (var (code, name) in new[] { ("A", "综合受理区"), ("B", "不动产登记区") })
        {
            var put = await hallAdmin.PutAsJsonAsync($"/api/hall/areas/{code}", new { name, matterCodes = Array.Empty<string>() });
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }
    }

    /// <summary>Two proxy applications missing materials, refused by the county clerk (held for approval or issued, as the
    /// centre's rules say): either way a 否定报备 filing each.</summary>
    private async Task RefusalsAsync()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        for (var i = 0; i < 2; i++)
        {
            var id = (await seeder.SubmitAsync("agent", ["application-form"], principalConsent: true)).GetProperty("id").GetString();
            var refused = await clerk.PostAsJsonAsync($"/api/intake/cases/{id}/refusal", new { reason = "申请事项不属于本机关职权范围" });
            Assert.True(refused.IsSuccessStatusCode, $"refusal: {(int)refused.StatusCode} {await refused.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<Guid> AcceptedCaseAsync() =>
        (await seeder.SubmitAsync("agent", AllMaterials, principalConsent: true)).GetProperty("id").GetGuid();

    /// <summary>绿色通道, once supervision has learnt of the acceptance (until then the case is unknown there: 404).</summary>
    private async Task MarkKeyProjectAsync(Guid caseId)
    {
        using var admin = fixture.Host.CreateClient("admin-province");
        var marked = await Wait.Until(() => admin.PostAsJsonAsync($"/api/supervision/cases/{caseId}/key-project", new { guide = "林导办", internalWorkingDays = 3 }),
            r => r.StatusCode != HttpStatusCode.NotFound, TimeSpan.FromSeconds(30), "supervision learning of the case");
        await marked.JsonAsync(HttpStatusCode.OK);
    }

    private async Task AnsweredOrdersAsync(Guid caseId)
    {
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        using var clerk = fixture.Host.CreateClient("clerk");
        foreach (var instruction in new[] { "请说明办理进度", "请再次说明办理情况" })
        {
            var order = await (await supervisor.PostAsJsonAsync("/api/supervision/orders", new { caseId, targetDivision = "350926000000", instruction }))
                .JsonAsync(HttpStatusCode.Created);
            await (await clerk.PostAsJsonAsync($"/api/supervision/orders/{order.GetProperty("id").GetString()}/reply", new { reply = "已按时限办理" }))
                .JsonAsync(HttpStatusCode.OK);
        }
    }

    /// <summary>The resident rates the completed case badly once ratings knows it; the unit records its return visit.</summary>
    private async Task<string> VisitedRectificationAsync(Guid caseId)
    {
        using var resident = fixture.Host.CreateClient("resident");
        await Wait.Until(async () => (await resident.PostAsJsonAsync("/api/ratings", new { caseId, grade = 1, channel = "station", comment = "材料退回两次" }))
            .StatusCode == HttpStatusCode.Created, TimeSpan.FromSeconds(30));
        var rectification = await seeder.IdAsync($"SELECT \"Id\"::text FROM ratings.rectifications WHERE \"CaseId\" = '{caseId}'");
        using var clerk = fixture.Host.CreateClient("clerk");
        await (await clerk.PostAsJsonAsync($"/api/ratings/rectifications/{rectification}/visit", new { note = "已电话回访，申请人说明了等待原因" }))
            .JsonAsync(HttpStatusCode.OK);
        return rectification;
    }
}
