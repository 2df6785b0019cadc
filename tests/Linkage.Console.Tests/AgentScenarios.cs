using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>The village agent (代办员) submits for a resident with her consent; the county decides; the station
/// sees the case completed in its proxy ledger.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AgentScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task An_agents_proxy_case_decided_at_the_county_shows_completed_at_the_station()
    {
        await using var tab = await ConsolePage.OpenAsync(suite, width: 1280, height: 800); // a 10-inch tablet
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("agent");
            await page.Locator("nav").GetByText("代办申请").ClickAsync();
            await page.Locator("#matter-q").FillAsync("食品");
            await page.Locator("[data-test=matter-search]").ClickAsync();
            await page.Locator($"[data-test=choose-{Cases.FoodPermit}]").ClickAsync();
            await page.Locator("#applicant-name").FillAsync("陈美华");
            await page.Locator("#applicant-id").FillAsync("350926198503120020");
            foreach (var code in Cases.FoodPermitMaterials) await page.Locator($"label:has(input[value='{code}'])").ClickAsync();
            await page.Locator("[data-test=submit-case]").ClickAsync();
            await Expect(page.GetByText("代办须取得申请人本人同意")).ToBeVisibleAsync();
            await page.Locator("[data-test=consent]").ClickAsync();
            await page.Locator("[data-test=submit-case]").ClickAsync();

            await Expect(page.Locator("[data-test=case-status]")).ToHaveAttributeAsync("data-status", "accepted");
            var caseId = Guid.Parse(page.Url.Split('/')[^1]);
            await Cases.ApproveAsync(suite, caseId, "reviewer-scjg", "reviewer-wsjk", "reviewer-xfjy");

            await page.Locator("nav").GetByText("代办台账").ClickAsync();
            await page.Locator($"[data-test=ledger] a[href$='{caseId}']").ClickAsync();
            await tab.UntilShownAsync(page.Locator("[data-test=case-status][data-status=completed]"), "刷新");
            await Expect(page.Locator("[data-test=case-status]")).ToContainTextAsync("已办结");
        });
    }
}
