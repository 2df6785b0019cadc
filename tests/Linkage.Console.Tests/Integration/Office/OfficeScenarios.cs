using System.Net;
using Linkage.EndToEnd.Tests;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>中心管理 in the console (decision 0508): the window clerk reports an issued refusal (否定报备), the centre's
/// management sees it filed, records a day off so B covers A's post (AB角) and reads the departments' letters (窗口授权)
/// seeded for the demo centre. (Test deployments do not wire the office gate, so approval-first is tested in the
/// office's own tests.)</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OfficeScenarios(ConsoleSuite suite)
{
    private const string Reason = "申请事项依法不属于本机关职权范围";

    [Fact]
    public async Task The_clerk_reports_a_refusal_and_the_management_sees_it_covers_a_post_and_reads_the_letters()
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var (reportedId, reportedNumber) = await ReceivedAsync();
        await clerk.PostAsync($"/api/intake/cases/{reportedId}/refusal", new { reason = Reason }, HttpStatusCode.OK);

        await using (var tab = await ConsolePage.OpenAsync(suite))
        {
            await tab.RunAsync(async page =>
            {
                await tab.SignInAsync("clerk");
                await page.Locator("nav").GetByText("否定报备").ClickAsync();
                var row = page.Locator("[data-test=filings] tr", new() { HasText = reportedNumber });
                await tab.UntilShownAsync(row, "刷新");
                await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "due");
                await row.Locator(".el-table__expand-icon").ClickAsync();
                await page.Locator("[data-test=report-filing-submit]").ClickAsync();
                await Expect(page.Locator("[data-test=report-filing] .el-form-item__error").First).Not.ToBeEmptyAsync(); // 422 beside the field
                await page.Locator("[id$=-explanation]").FillAsync("不属于本级受理范围，已告知向市局申请");
                await page.Locator("[data-test=report-filing-submit]").ClickAsync();
                await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "reported");
            });
        }

        await using var admin = await ConsolePage.OpenAsync(suite);
        await admin.RunAsync(async page =>
        {
            await admin.SignInAsync("hall-admin"); // the management lands on the filings
            var reported = page.Locator("[data-test=filings] tr", new() { HasText = reportedNumber });
            await Expect(reported.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "reported");

            await page.Locator("nav").GetByText("AB角替岗").ClickAsync();
            await Expect(page.Locator("[data-test=posts]")).ToContainTextAsync("市场监管窗口");
            await page.Locator("#day-off-subject").FillAsync("reviewer-scjg");
            await page.Locator("[data-test=day-off-save]").ClickAsync();
            await Expect(page.Locator("[data-test=day-off-form] .el-form-item__error").First).Not.ToBeEmptyAsync(); // no reason: 422 beside it
            await page.Locator("#day-off-reason").FillAsync("年休假");
            await page.Locator("[data-test=day-off-save]").ClickAsync();
            await Expect(page.Locator("[data-test=cover]")).ToContainTextAsync("叶健梅（首席代表）");

            await page.Locator("nav").GetByText("窗口授权").ClickAsync();
            await Expect(page.Locator("[data-test=letters]")).ToContainTextAsync("县市场监管局");
            await Expect(page.Locator("[data-test=overall-rate]")).ToContainTextAsync("100%");
        });
    }

    private async Task<(Guid Id, string Number)> ReceivedAsync()
    {
        using var resident = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("resident"));
        var submitted = await resident.PostAsync("/api/intake/cases", new
        {
            matterCode = Cases.FoodPermit,
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = Cases.FoodPermitMaterials.Select(code => new { code }),
        });
        return (submitted.GetProperty("id").GetGuid(), submitted.GetProperty("caseNumber").GetString()!);
    }
}
