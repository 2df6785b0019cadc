using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Office.Tests;

/// <summary>否定报备 of approval's refusal (decision 0505): a department's rejection is filed due with the centre's
/// management; left unreported it raises the red card, and the clerk can still report it late.</summary>
[Collection(OfficeCollection.Name)]
public sealed class RejectionFilingTests(OfficeHostFixture fixture)
{
    [Fact]
    public async Task A_rejection_in_approval_is_filed_and_unreported_raises_a_red_card()
    {
        await fixture.GrantAsync(OfficeHostFixture.AllPowers);
        await fixture.SetRulesAsync(approvalFirst: false, reportWithinHours: 0);
        var caseId = await fixture.AcceptedCaseAsync();
        var task = await fixture.TaskOfAsync("reviewer-scjg", caseId);
        await (await fixture.DecideAsync("reviewer-scjg", task, new
        {
            decision = "reject", reason = "经营场所与食品加工区未分隔", legalBasis = "食品经营许可和备案管理办法第十二条",
        })).JsonAsync(HttpStatusCode.OK);
        await fixture.OthersApproveAsync(caseId);

        var filing = await fixture.FilingAsync(caseId, "unfiled");
        Assert.Equal("rejection", filing.Str("kind"));
        Assert.Contains("经营场所与食品加工区未分隔", filing.Str("reason"));
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var card = await fixture.Host.Eventually(async () =>
        {
            var alarms = await supervisor.GetJsonAsync($"/api/supervision/alarms?caseId={caseId}");
            return alarms.Items().EnumerateArray().Where(a => a.Str("kind") == "negative-unfiled").Select(a => (JsonElement?)a).FirstOrDefault();
        }, TimeSpan.FromSeconds(20));
        Assert.Equal("red", card!.Value.Str("level"));

        using var clerk = fixture.Host.CreateClient("clerk");
        var reported = await (await clerk.PostAsJsonAsync($"/api/office/filings/{filing.Str("id")}/report",
            new { explanation = "市场监管局不予许可，已当场告知申请人复议途径", legalBasis = "行政许可法第三十八条" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("reported", reported.Str("status"));
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM office.negative_filings WHERE \"CaseId\" = '{caseId}'"));
        await fixture.SetRulesAsync(approvalFirst: false);
    }
}
