using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Security.Tests.Matrix;
using Linkage.Supervision.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Linkage.Security.Tests.Api;

/// <summary>Second items for the pagination walk's lists that the fixture seeds once, each made through the real API as its
/// owner would: a second bundle, two service areas, two refused applications (否定报备 filings), two key projects and two investment projects, two more
/// cases approved into certificates whose proxy ledger lines are published (公示), an invitation and a bad rating whose
/// rectification gets its return visit, two supervision orders the clerk answers (two audited actions of one subject), two
/// cases due tomorrow (yellow alerts), and two days a department reports more than was paid (fee-mismatch alarms, and
/// webhook deliveries to who subscribed), and the open state of two towns with deployments of their own. Nothing the fixture's targets point at is changed, so the matrix's cells stay
/// as they were.</summary>
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
        await WarnedCasesAsync();
        await MismatchedDaysAsync();
        await RolledUpTownsAsync();
        var (completed, open, another) = (await AcceptedCaseAsync(), await AcceptedCaseAsync(), await AcceptedCaseAsync());
        foreach (var keyProject in new[] { completed, open }) await MarkKeyProjectAsync(keyProject);
        await InvestmentProjectsAsync();
        await AnsweredOrdersAsync(open);
        foreach (var done in new[] { completed, another })
            foreach (var reviewer in DemoReviewers.FoodPermit) await seeder.ApproveAsync(reviewer, done);
        await PublishedLinesAsync([completed, another]);
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

    /// <summary>个体工商户设立登记 at the county centre, committed in one working day: due tomorrow, so a yellow alert at once.</summary>
    private async Task WarnedCasesAsync()
    {
        for (var i = 0; i < 2; i++)
            await seeder.SubmitAsync("clerk", ["application-form", "id-copy", "premises-proof"], principalConsent: true, matterCode: "000122002000");
    }

    /// <summary>日对账: a department of the walk's own reports 1 yuan collected on each of two past days nobody paid on.</summary>
    private async Task MismatchedDaysAsync()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        var (department, today) = ($"walk-{Guid.NewGuid():N}", DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var daysAgo in new[] { 2, 3 })
        {
            var reconciled = await (await clerk.PostAsJsonAsync("/api/fees/reconciliations", new { departmentId = department, day = today.AddDays(-daysAgo), reportedFen = 100 }))
                .JsonAsync(HttpStatusCode.Created);
            Assert.True(reconciled.GetProperty("flagged").GetBoolean());
        }
    }

    /// <summary>公示: the ledger lines of two completed proxy cases, once replied, filed (建档), followed up (回访) and published.</summary>
    private async Task PublishedLinesAsync(Guid[] cases)
    {
        using var agent = fixture.Host.CreateClient("agent");
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd");
        foreach (var caseId in cases)
        {
            var line = await Wait.Until(async () => (await agent.GetJsonAsync("/api/intake/proxy-ledger?limit=500")).Items().EnumerateArray()
                .FirstOrDefault(l => l.TryGetProperty("caseId", out var c) && c.GetString() == caseId.ToString() && l.GetProperty("stage").GetString() == "replied"),
                l => l.ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(60), "the ledger line replied");
            var id = line.GetProperty("id").GetString();
            await (await agent.PostAsJsonAsync($"/api/intake/proxy-ledger/{id}/archive", new { delivery = "village-station" })).JsonAsync(HttpStatusCode.OK);
            await (await agent.PostAsJsonAsync($"/api/intake/proxy-ledger/{id}/follow-up", new { visitedOn = today, satisfied = true, note = "电话回访，证已领到" }))
                .JsonAsync(HttpStatusCode.OK);
            await (await agent.PostAsync($"/api/intake/proxy-ledger/{id}/publication", null)).JsonAsync(HttpStatusCode.OK);
        }
    }

    /// <summary>Today's open state of each delegated town, handed to supervision's handler as the federation dispatcher
    /// would once the event's signature is verified (tests/Linkage.Federation.Tests carries such events over real links).</summary>
    private async Task RolledUpTownsAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        foreach (var town in SecurityHostFixture.DelegatedTowns)
        {
            var row = new StateRolledUp(today, town, 1, new StateRolledUp.Figures(1, 1, 0, 0, 1, 0, 1, 0, 0));
            var envelope = new FederationEvent
            {
                Id = Guid.NewGuid().ToString(), Source = $"/linkage/town-{town[..9]}", Type = StateRolledUp.Type, Subject = $"state:{town}",
                Data = JsonSerializer.SerializeToElement(row, MessageJson.Options), TargetDivision = "350926000000", Sequence = row.Sequence,
                Signer = $"town-{town[..9]}",
            };
            await using var scope = fixture.Host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StateRolledUpHandler>().HandleAsync(envelope, row, CancellationToken.None);
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

    /// <summary>Two investment projects (绿色通道) of the county centre, registered by its admin.</summary>
    private async Task InvestmentProjectsAsync()
    {
        using var admin = fixture.Host.CreateClient("hall-admin");
        foreach (var serial in new[] { "000101", "000102" })
            await (await admin.PostAsJsonAsync("/api/supervision/key-projects/investment", new
            {
                name = "山海茶业精加工项目", projectCode = $"2026-350926-13-03-{serial}",
                investor = new { name = "柘荣县山海茶业有限公司", creditCode = "91350100M000100Y43" },
                guide = "林代办", targetOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)),
            })).JsonAsync(HttpStatusCode.Created);
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
