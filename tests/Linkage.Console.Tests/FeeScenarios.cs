using System.Net;
using System.Text.Json;
using Linkage.EndToEnd.Tests;
using Linkage.Testing;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>一窗收费 in the console (decision 0517): the county window collects a food permit's fee by its payment
/// reference (a missing reference refused beside its field), the receipt number shows and its PDF is served, and a
/// refund above what was paid is refused before one with its reason goes through.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FeeScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task The_window_collects_a_fee_shows_the_receipt_and_refunds_with_a_reason()
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
        var dueFen = fee!.Value.GetProperty("dueFen").GetInt64();
        Assert.True(dueFen > 0, "the food permit is fee-bearing in the demo catalog");
        var reference = "FS" + Guid.NewGuid().ToString("N")[..12];

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await page.Locator("nav").GetByText("一窗收费").ClickAsync();
            var row = page.Locator("[data-test=fees] tr", new() { HasText = caseNumber });
            await tab.UntilShownAsync(row, "刷新");
            await row.Locator(".el-table__expand-icon").ClickAsync();
            var detail = page.Locator("[data-test=fee-detail]");
            await Expect(detail.Locator("[data-test=fee-lines]")).ToBeVisibleAsync();

            await detail.Locator("[data-test=collect]").ClickAsync();
            await Expect(detail.Locator("[data-test=collect-form] .el-form-item__error").First).Not.ToBeEmptyAsync(); // no reference: 422
            await detail.Locator("[data-test=pay-reference] input").FillAsync(reference);
            await detail.Locator("[data-test=collect]").ClickAsync();
            await Expect(detail.Locator("[data-test=receipt-number]")).Not.ToBeEmptyAsync();
            await Expect(detail.Locator("[data-test=fee-outstanding]")).ToHaveTextAsync("0.00");

            await detail.Locator("[data-test=refund-amount] input").FillAsync($"{dueFen / 100 + 1}");
            await detail.Locator("[data-test=refund-reason] input").FillAsync("多收款项退回");
            await detail.Locator("[data-test=refund]").ClickAsync();
            await Expect(detail.Locator("[data-test=refund-form] .el-form-item__error").First).Not.ToBeEmptyAsync(); // above what was paid
            await detail.Locator("[data-test=refund-amount] input").FillAsync("1.00");
            await detail.Locator("[data-test=refund]").ClickAsync();
            await Expect(detail.Locator("[data-test=fee-sums]")).ToContainTextAsync("已退（元） 1.00");
        });

        var after = await clerk.GetAsync($"/api/fees/cases/{caseId}");
        Assert.Equal(dueFen, after.GetProperty("paidFen").GetInt64());
        Assert.Equal(100, after.GetProperty("refundedFen").GetInt64());
        var payment = Assert.Single(after.GetProperty("payments").EnumerateArray());
        Assert.Equal(reference, payment.GetProperty("reference").GetString());
        Assert.Equal(HttpStatusCode.OK, await clerk.StatusOfGetAsync($"/api/fees/payments/{payment.GetProperty("id").GetGuid()}/receipt"));
    }
}
