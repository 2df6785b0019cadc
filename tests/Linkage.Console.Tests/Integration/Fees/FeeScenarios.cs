using System.Net;
using System.Text.Json;
using Linkage.EndToEnd.Tests;
using Linkage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>一窗收费 in the console (decision 0517): the food permit is free, so the window finds its fee under 全部, marked
/// 不收费, with nothing to collect; the ID card renewal bears the 工本费 (decision 0563, no other scenario uses it), so
/// the window collects it, the receipt is issued, the approved case completes and the day's reconciliation flags the
/// bureau's short report; another is relieved with its basis and then waived with its reason (decision 0564).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FeeScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task The_window_finds_a_free_fee_with_nothing_to_collect()
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var submitted = await clerk.PostAsync("/api/intake/cases", new
        {
            matterCode = Cases.FoodPermit,
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = Cases.FoodPermitMaterials.Select(code => new { code, form = "paper" }),
        });
        var caseId = submitted.GetProperty("id").GetGuid();
        var caseNumber = submitted.GetProperty("caseNumber").GetString()!;
        var fee = await Wait.Until(async () =>
            await clerk.StatusOfGetAsync($"/api/fees/cases/{caseId}") == HttpStatusCode.OK ? (JsonElement?)await clerk.GetAsync($"/api/fees/cases/{caseId}") : null,
            TimeSpan.FromSeconds(60));
        Assert.Equal("free", fee!.Value.GetProperty("status").GetString());

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await page.Locator("nav").GetByText("一窗收费").ClickAsync();
            var row = page.Locator("[data-test=fees] tr", new() { HasText = caseNumber });
            await Expect(row).ToHaveCountAsync(0); // 待缴 only at first
            await tab.ChooseAsync(page.Locator("[data-test=fee-status]"), "全部");
            await tab.UntilShownAsync(row, "刷新");
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "free");
            await row.Locator(".el-table__expand-icon").ClickAsync();
            var detail = page.Locator("[data-test=fee-detail]");
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("0.00");
            await Expect(detail.Locator("[data-test=collect-form]")).ToHaveCountAsync(0);
            await Expect(detail.Locator("[data-test=refund-form]")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task The_window_collects_the_fee_of_an_id_card_renewal_and_the_case_completes()
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var (caseId, caseNumber) = await IdCardCaseAsync(clerk, "林秀英", "350926196804150021");
        await Cases.ApproveAsync(suite, caseId, "reviewer-gaj");
        var fee = await Wait.Until(async () =>
            await clerk.StatusOfGetAsync($"/api/fees/cases/{caseId}") == HttpStatusCode.OK ? (JsonElement?)await clerk.GetAsync($"/api/fees/cases/{caseId}") : null,
            TimeSpan.FromSeconds(60));
        Assert.Equal(2000, fee!.Value.GetProperty("outstandingFen").GetInt64());

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await page.Locator("nav").GetByText("一窗收费").ClickAsync();
            var row = page.Locator("[data-test=fees] tr", new() { HasText = caseNumber });
            await tab.UntilShownAsync(row, "刷新"); // 待缴
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "due");
            await row.Locator(".el-table__expand-icon").ClickAsync();
            var detail = page.Locator("[data-test=fee-detail]");
            await Expect(detail.Locator("[data-test=fee-lines]")).ToContainTextAsync("居民身份证工本费");
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("20.00");
            await Expect(detail.Locator("[data-test=pay-amount]")).ToHaveValueAsync("20.00");
            await detail.Locator("[data-test=pay-reference]").FillAsync("FS-350926-" + caseNumber[^6..]);
            await detail.Locator("[data-test=collect]").ClickAsync();
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("0.00");
            await Expect(detail.Locator("[data-test=receipt-number]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\S+"));
            await Expect(detail.Locator("[data-test=collect-form]")).ToHaveCountAsync(0);
        });

        var paid = await clerk.GetAsync($"/api/fees/cases/{caseId}");
        Assert.Equal(("paid", 2000L), (paid.GetProperty("status").GetString(), paid.GetProperty("paidFen").GetInt64()));
        await Wait.Until(async () => (await clerk.GetAsync($"/api/intake/cases/{caseId}")).GetProperty("status").GetString() == "completed" ? (bool?)true : null,
            TimeSpan.FromSeconds(30));

        await tab.RunAsync(async page => // 日对账: the bureau reports 15 yuan of the 20 collected
        {
            await page.Locator("nav").GetByText("日对账").ClickAsync();
            var form = page.Locator("[data-test=reconcile-form]");
            await form.Locator("[data-test=reconcile-department]").FillAsync(PublicSecurity);
            await form.Locator("[data-test=reconcile-reported]").FillAsync("15.00");
            await form.Locator("[data-test=reconcile]").ClickAsync();
            var row = page.Locator("[data-test=reconciliations] tr", new() { HasText = PublicSecurity });
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "flagged");
            await Expect(row.Locator("[data-test=difference]")).ToHaveTextAsync("-5.00");
            await form.Locator("[data-test=reconcile]").ClickAsync(); // once per department and day
            await Expect(page.Locator("[data-test=form-error]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=reconciliations] tr", new() { HasText = PublicSecurity })).ToHaveCountAsync(1);
            await page.Locator("[data-test=reconciliations-flagged]").ClickAsync(); // the list is the API's (GET ?flagged=true), decision 0578
            await Expect(page.Locator("[data-test=reconciliations] tr", new() { HasText = PublicSecurity }).Locator("[data-state]"))
                .ToHaveAttributeAsync("data-state", "flagged");
            await Expect(page.Locator("[data-test=reconciliations] [data-state=balanced]")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task The_window_relieves_an_item_with_its_basis_and_waives_a_fee_only_with_a_reason()
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var (caseId, caseNumber) = await IdCardCaseAsync(clerk, "郑桂兰", "350926195502180028");

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await page.Locator("nav").GetByText("一窗收费").ClickAsync();
            var row = page.Locator("[data-test=fees] tr", new() { HasText = caseNumber });
            await tab.UntilShownAsync(row, "刷新");
            await row.Locator(".el-table__expand-icon").ClickAsync();
            var detail = page.Locator("[data-test=fee-detail]");
            var relief = detail.Locator("[data-test=relief-form]");
            await tab.ChooseAsync(relief.Locator("[data-test=relief-kind]"), "减征");
            await relief.Locator("[data-test=relief-percent]").FillAsync("50");
            await relief.Locator("[data-test=relieve]").ClickAsync(); // no basis: 422 naming it
            await Expect(relief.Locator(".el-form-item__error")).ToHaveCountAsync(1);
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("20.00");
            await relief.Locator("[data-test=relief-basis]").FillAsync("《居民身份证法》第二十条：城市最低生活保障对象减半收取");
            await relief.Locator("[data-test=relieve]").ClickAsync();
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("10.00");
            await Expect(detail.Locator("[data-test=line-relief]")).ToContainTextAsync("减征 50%");

            var waiver = detail.Locator("[data-test=waiver-form]");
            await waiver.Locator("[data-test=waive]").ClickAsync(); // no reason: 422 naming it
            await Expect(waiver.Locator(".el-form-item__error")).ToHaveCountAsync(1);
            await waiver.Locator("[data-test=waiver-reason]").FillAsync("特困供养人员，经中心批准免收");
            await waiver.Locator("[data-test=waive]").ClickAsync();
            await Expect(detail.Locator("[data-test=waiver]")).ToContainTextAsync("特困供养人员");
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("0.00");
            await Expect(detail.Locator("[data-test=waiver-form]")).ToHaveCountAsync(0);
        });
        var fee = await clerk.GetAsync($"/api/fees/cases/{caseId}");
        Assert.Equal(("waived", 1000L), (fee.GetProperty("status").GetString(), fee.GetProperty("dueFen").GetInt64()));
    }

    private const string PublicSecurity = "dep-350926-gaj";

    /// <summary>An ID card renewal taken at the window with its paper materials and accepted: its 工本费 is due.</summary>
    private static async Task<(Guid CaseId, string CaseNumber)> IdCardCaseAsync(GatewayClient clerk, string name, string idNumber)
    {
        var submitted = await clerk.PostAsync("/api/intake/cases", new
        {
            matterCode = Cases.IdCardRenewal,
            applicant = new { kind = "person", name, idNumber },
            principalConsent = true,
            materials = new[] { "id-copy", "household-register" }.Select(code => new { code, form = "paper" }),
        });
        var caseId = submitted.GetProperty("id").GetGuid();
        if (submitted.GetProperty("status").GetString() != "accepted")
            await clerk.PostAsync($"/api/intake/cases/{caseId}/acceptance", new { }, HttpStatusCode.OK);
        return (caseId, submitted.GetProperty("caseNumber").GetString()!);
    }
}
