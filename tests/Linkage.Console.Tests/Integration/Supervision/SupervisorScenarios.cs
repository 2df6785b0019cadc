using Linkage.EndToEnd.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>The county supervisor (电子监察) sees a deadline warning for a case in the county and the figures as a chart.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SupervisorScenarios(ConsoleSuite suite)
{
    private const string SoleTraderRegistration = "000122002000"; // 个体工商户设立登记, committed in 1 working day

    [Fact]
    public async Task A_supervisor_sees_a_deadline_alarm_and_a_chart()
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var submitted = await clerk.PostAsync("/api/intake/cases", new
        {
            matterCode = SoleTraderRegistration,
            applicant = new { kind = "person", name = "郑小梅", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-proof" }.Select(code => new { code, form = "paper" }),
        });
        var caseNumber = submitted.GetProperty("caseNumber").GetString()!;

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("supervisor-county");
            await tab.UntilShownAsync(page.Locator("[data-test=alerts] tr", new() { HasText = caseNumber }), "查询");
            await Expect(page.Locator("[data-test=alerts] tr", new() { HasText = caseNumber }).Locator("[data-level]"))
                .ToHaveAttributeAsync("data-level", new System.Text.RegularExpressions.Regex("yellow|red"));

            await page.Locator("nav").GetByText("统计分析").ClickAsync();
            await Expect(page.Locator("[data-test=chart] canvas")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=stats] tbody tr").First).ToContainTextAsync("柘荣县");
            await Expect(page.Locator("[data-test=stats] thead")).ToContainTextAsync("现场办结率");
            await Expect(page.Locator("[data-test=stats] thead")).ToContainTextAsync("受理"); // apart from 收件 (0509)
            await Expect(page.Locator("[data-test=stats] tbody tr").First.Locator("td").Last)
                .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(\d+\.\d%|—)$"));
        });
    }
}
