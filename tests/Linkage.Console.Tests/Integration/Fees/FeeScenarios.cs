using System.Net;
using System.Text.Json;
using Linkage.EndToEnd.Tests;
using Linkage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>一窗收费 in the console (decision 0517): the demo catalog's food permit is free (no seeded matter bears a fee,
/// and making one fee-bearing would hold every other scenario's case at completion), so the window finds the case's
/// fee under 全部, marked 不收费, opens it with nothing outstanding and no collect form. Collecting, the receipt and
/// refunds are covered by the fees module's API tests.</summary>
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
            await page.Locator("[data-test=fee-status]").ClickAsync();
            await page.Locator(".el-select-dropdown__item:visible", new() { HasText = "全部" }).ClickAsync();
            await tab.UntilShownAsync(row, "刷新");
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "free");
            await row.Locator(".el-table__expand-icon").ClickAsync();
            var detail = page.Locator("[data-test=fee-detail]");
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("0.00");
            await Expect(detail.Locator("[data-test=collect-form]")).ToHaveCountAsync(0);
            await Expect(detail.Locator("[data-test=refund-form]")).ToHaveCountAsync(0);
        });
    }
}
