using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Auth;

namespace Linkage.Fees.Tests.Integration;

/// <summary>The fee-bearing case: assessed from the entry, unpaid it cannot complete, paid at the window
/// (twice by the same reference changes nothing), a receipt, a refund, and the day's reconciliation with a mismatch
/// flagged to supervision.</summary>
[Collection(FeesCollection.Name)]
public sealed class FeeBearingCaseTests(FeesHostFixture f)
{
    [Fact]
    public async Task Pay_at_the_window_get_the_receipt_and_reconcile_the_day_with_a_mismatch_flagged()
    {
        var caseId = await f.SubmitAtTheCountyWindowAsync();
        var fee = await f.FeeAsync(caseId);
        Assert.Equal(FeesHostFixture.DueFen, fee.GetProperty("dueFen").GetInt64());
        Assert.Equal("due", fee.GetProperty("status").GetString());
        Assert.Equal("dep-350926-scjg", fee.GetProperty("departmentId").GetString());
        Assert.Equal("闽价费〔2024〕12号", fee.GetProperty("lines")[0].GetProperty("basis").GetString());

        await f.ApproveAsync(caseId);
        Assert.Equal("accepted", await f.IntakeStatusAsync(caseId)); // approved, but unpaid: not completed

        using var clerk = f.Host.CreateClient("clerk");
        var paid = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/payments",
            new { reference = $"FJ{caseId:N}"[..24], amountFen = FeesHostFixture.DueFen })).JsonAsync(HttpStatusCode.Created);
        var paymentId = paid.GetProperty("id").GetGuid();
        var receiptNumber = paid.GetProperty("receiptNumber").GetString()!;
        Assert.StartsWith($"350926{DateTime.UtcNow.Year}", receiptNumber);

        var again = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/payments",
            new { reference = $"FJ{caseId:N}"[..24], amountFen = FeesHostFixture.DueFen })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(paymentId, again.GetProperty("id").GetGuid());
        await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/payments", new { reference = "ANOTHER-REF-1", amountFen = 100 }))
            .ProblemAsync(HttpStatusCode.Conflict);
        var settled = await f.FeeAsync(caseId);
        Assert.Equal(FeesHostFixture.DueFen, settled.GetProperty("paidFen").GetInt64());
        Assert.Single(settled.GetProperty("payments").EnumerateArray());

        await f.Host.Eventually(async () => await f.IntakeStatusAsync(caseId) == "completed" ? (bool?)true : null, TimeSpan.FromSeconds(20));

        var receipt = await clerk.GetAsync($"/api/fees/payments/{paymentId}/receipt");
        Assert.Equal("application/pdf", receipt.Content.Headers.ContentType?.MediaType);
        var pdf = await receipt.Content.ReadAsByteArrayAsync();
        var text = await PdfInspection.TextAsync(pdf);
        Assert.Contains(receiptNumber, text);
        Assert.Contains("120.50元", text);
        Assert.Equal([$"http://localhost:8080/api/fees/cases/{caseId}"], await PdfInspection.QrCodesAsync(pdf));

        var refund = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/refunds", new { amountFen = 2_050, reason = "现场核查免于进行，退还核查费" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(10_000, refund.GetProperty("netPaidFen").GetInt64());
        Assert.Equal(2L, await f.CountAsync( // the audit trail (decision 0530): the payment and the refund, by the clerk
            $"SELECT count(*) FROM audit.audit_log WHERE chain = 'fees' AND target_id = '{caseId}' AND actor_subject = 'clerk' AND action IN ('fee.paid', 'fee.refunded')"));

        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        var reconciled = await (await clerk.PostAsJsonAsync("/api/fees/reconciliations",
            new { departmentId = "dep-350926-scjg", day = today, reportedFen = 12_050 })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(10_000, reconciled.GetProperty("collectedFen").GetInt64());
        Assert.Equal(2_050, reconciled.GetProperty("differenceFen").GetInt64());
        Assert.True(reconciled.GetProperty("flagged").GetBoolean());
        var balanced = await (await clerk.PostAsJsonAsync("/api/fees/reconciliations",
            new { departmentId = "dep-350926-wsjk", day = today, reportedFen = 0 })).JsonAsync(HttpStatusCode.Created);
        Assert.False(balanced.GetProperty("flagged").GetBoolean());
        await (await clerk.PostAsJsonAsync("/api/fees/reconciliations", new { departmentId = "dep-350926-scjg", day = today, reportedFen = 10_000 }))
            .ProblemAsync(HttpStatusCode.Conflict);

        // the day's reconciliations, listed in scope: the centre's clerk and the county's supervisor see both, by
        // department; flagged=true keeps the difference; a reviewer and another county's clerk see none
        var url = $"/api/fees/reconciliations?day={today:yyyy-MM-dd}";
        var listed = (await clerk.GetJsonAsync(url)).Items().EnumerateArray().ToList();
        Assert.Equal(["dep-350926-scjg", "dep-350926-wsjk"], listed.Select(r => r.GetProperty("departmentId").GetString()));
        Assert.Equal(2_050, listed[0].GetProperty("differenceFen").GetInt64());
        var flagged = (await clerk.GetJsonAsync(url + "&flagged=true")).Items().EnumerateArray().ToList();
        Assert.Equal(reconciled.GetProperty("id").GetGuid(), Assert.Single(flagged).GetProperty("id").GetGuid());
        Assert.Single((await clerk.GetJsonAsync(url + "&flagged=false&departmentId=dep-350926-wsjk")).Items().EnumerateArray());
        Assert.Empty((await clerk.GetJsonAsync($"/api/fees/reconciliations?day={today.AddDays(-1):yyyy-MM-dd}")).Items().EnumerateArray());
        using (var county = f.Host.CreateClient("supervisor-county"))
            Assert.Equal(2, (await county.GetJsonAsync(url)).Items().GetArrayLength());
        using (var reviewer = f.Host.CreateClient("reviewer-scjg"))
            Assert.Empty((await reviewer.GetJsonAsync(url)).Items().EnumerateArray());
        using (var otherClerk = f.Client(new DemoUser("clerk-350981", "福安市综合窗口", [Roles.WindowClerk], "350981000000", "ou-350981-centre")))
            Assert.Empty((await otherClerk.GetJsonAsync(url)).Items().EnumerateArray());
        Assert.Equal(["departmentId"], (await (await clerk.GetAsync("/api/fees/reconciliations?departmentId=%20"))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());

        using var supervisor = f.Host.CreateClient("supervisor-county");
        var alarm = await f.Host.Eventually(async () =>
        {
            var alarms = (await supervisor.GetJsonAsync("/api/supervision/alarms?division=350926000000")).Items();
            return alarms.EnumerateArray().Where(a => a.GetProperty("kind").GetString() == "fee-mismatch").Select(a => (JsonElement?)a).FirstOrDefault();
        }, TimeSpan.FromSeconds(20));
        Assert.Equal(reconciled.GetProperty("id").GetGuid(), alarm!.Value.GetProperty("caseId").GetGuid());
        Assert.Equal("dep-350926-scjg", alarm.Value.GetProperty("departmentId").GetString());
        Assert.Equal(1, await f.CountAsync("SELECT count(*) FROM supervision.alarms WHERE \"Kind\" = 'FeeMismatch'"));
    }

    [Fact]
    public async Task A_waived_fee_needs_a_reason_and_then_the_case_completes_unpaid()
    {
        var caseId = await f.SubmitAtTheCountyWindowAsync();
        await f.FeeAsync(caseId);
        using var clerk = f.Host.CreateClient("clerk");

        var noReason = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/waiver", new { reason = "  " })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["reason"], noReason.ErrorFields());
        Assert.Equal("due", (await f.FeeAsync(caseId)).GetProperty("status").GetString());

        var waived = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/waiver", new { reason = "特困供养人员，依规免收" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("waived", waived.GetProperty("status").GetString());
        Assert.Equal(0, waived.GetProperty("outstandingFen").GetInt64());

        await f.ApproveAsync(caseId);
        await f.Host.Eventually(async () => await f.IntakeStatusAsync(caseId) == "completed" ? (bool?)true : null, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_reduction_names_its_basis_and_lowers_what_is_due()
    {
        var caseId = await f.SubmitAtTheCountyWindowAsync();
        await f.FeeAsync(caseId);
        using var clerk = f.Host.CreateClient("clerk");

        var noBasis = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/reliefs", new { line = 0, kind = "reduction", percent = 150 }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["basis", "percent"], noBasis.ErrorFields().Order());
        var reduced = await (await clerk.PostAsJsonAsync($"/api/fees/cases/{caseId}/reliefs",
            new { line = 0, kind = "reduction", percent = 50, basis = "小微企业减半征收（财税〔2019〕13号）" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(5_000 + 2_050, reduced.GetProperty("dueFen").GetInt64());
        Assert.Equal("reduction-50", reduced.GetProperty("lines")[0].GetProperty("relief").GetString());
    }
}
