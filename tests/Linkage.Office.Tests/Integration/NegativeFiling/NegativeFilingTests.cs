using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Office.Tests;

/// <summary>否定报备: a refusal held until the management approves it, a reported one filed by the clerk, and one left
/// unfiled raising a red card in supervision.</summary>
[Collection(OfficeCollection.Name)]
public sealed class NegativeFilingTests(OfficeHostFixture fixture)
{
    private async Task<HttpResponseMessage> RefuseAsync(Guid caseId)
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        return await clerk.PostAsJsonAsync($"/api/intake/cases/{caseId}/refusal", new { reason = "申请事项依法不属于本机关职权范围" });
    }

    [Fact]
    public async Task With_approval_first_a_refusal_is_held_until_the_management_approves_it_once()
    {
        await fixture.SetRulesAsync(approvalFirst: true);
        var caseId = await fixture.ReceivedCaseAsync();

        var held = await (await RefuseAsync(caseId)).JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("received", held.Str("status"));
        var filing = await fixture.FilingAsync(caseId, "awaiting-approval");
        Assert.Equal("received", await fixture.CaseStatusAsync(caseId)); // the applicant sees nothing final
        Assert.Equal("clerk", filing.Str("raisedBy"));

        using var admin = fixture.Host.CreateClient("hall-admin");
        var decide = $"/api/office/filings/{filing.Str("id")}/decision";
        var approved = await (await admin.PostAsJsonAsync(decide, new { approve = true, note = "同意" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("approved", approved.Str("status"));
        await fixture.Host.Eventually(async () => await fixture.CaseStatusAsync(caseId) == "refused" ? (bool?)true : null, TimeSpan.FromSeconds(20));

        await (await admin.PostAsJsonAsync(decide, new { approve = false, note = "再议" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("approved", (await admin.GetJsonAsync($"/api/office/filings/{filing.Str("id")}")).Str("status"));
    }

    [Fact]
    public async Task A_returned_refusal_is_never_issued()
    {
        await fixture.SetRulesAsync(approvalFirst: true);
        var caseId = await fixture.ReceivedCaseAsync();
        await (await RefuseAsync(caseId)).JsonAsync(HttpStatusCode.Accepted);
        var filing = await fixture.FilingAsync(caseId, "awaiting-approval");

        using var admin = fixture.Host.CreateClient("hall-admin");
        var decide = $"/api/office/filings/{filing.Str("id")}/decision";
        var noNote = await (await admin.PostAsJsonAsync(decide, new { approve = false })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["note"], noNote.ErrorFields());
        await (await admin.PostAsJsonAsync(decide, new { approve = false, note = "理由不充分，请补正后受理" })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("received", await fixture.CaseStatusAsync(caseId));
        Assert.Equal(0L, await fixture.CountAsync($"SELECT count(*) FROM office.outbox_messages WHERE aggregate_id = '{caseId}'"));
    }

    [Fact]
    public async Task A_reported_refusal_left_unfiled_raises_a_red_card_and_a_filed_one_does_not()
    {
        await fixture.SetRulesAsync(approvalFirst: false, reportWithinHours: 0);
        var unfiled = await fixture.ReceivedCaseAsync();
        Assert.Equal("refused", (await (await RefuseAsync(unfiled)).JsonAsync(HttpStatusCode.OK)).Str("status"));

        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var card = await fixture.Host.Eventually(async () =>
        {
            var alarms = await supervisor.GetJsonAsync($"/api/supervision/alarms?caseId={unfiled}");
            return alarms.Items().EnumerateArray().Select(a => (JsonElement?)a).FirstOrDefault();
        }, TimeSpan.FromSeconds(20));
        Assert.Equal("negative-unfiled", card!.Value.Str("kind"));
        Assert.Equal("red", card.Value.Str("level"));
        var flagged = await fixture.FilingAsync(unfiled, "unfiled");

        await fixture.SetRulesAsync(approvalFirst: false, reportWithinHours: 24);
        var filed = await fixture.ReceivedCaseAsync();
        await (await RefuseAsync(filed)).JsonAsync(HttpStatusCode.OK);
        var due = await fixture.FilingAsync(filed, "due");
        using var clerk = fixture.Host.CreateClient("clerk");
        var report = $"/api/office/filings/{due.Str("id")}/report";
        var empty = await (await clerk.PostAsJsonAsync(report, new { explanation = " " })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["explanation"], empty.ErrorFields());
        var reported = await (await clerk.PostAsJsonAsync(report, new { explanation = "不属于本级受理范围，已告知向市局申请", legalBasis = "行政许可法第三十二条" }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("reported", reported.Str("status"));
        await (await clerk.PostAsJsonAsync(report, new { explanation = "again" })).ProblemAsync(HttpStatusCode.Conflict);

        using var stranger = fixture.Host.CreateClient("other-county-clerk");
        await (await stranger.GetAsync($"/api/office/filings/{flagged.Str("id")}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/office/filings/{flagged.Str("id")}/report", new { explanation = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM supervision.alarms WHERE \"CaseId\" = '{unfiled}'"));
        Assert.Equal(0L, await fixture.CountAsync($"SELECT count(*) FROM supervision.alarms WHERE \"CaseId\" = '{filed}'"));
    }
}
