using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>The village agent (代办员) submits for a resident with her consent; the county decides; the station
/// sees the case completed in its proxy ledger, takes the ledger's remaining steps (archive, follow-up, publish) and hands
/// the licence over at the station.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AgentScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task An_agents_proxy_case_decided_at_the_county_shows_completed_at_the_station_and_walks_the_ledger()
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

            await page.Locator("nav").GetByText("代办台账").ClickAsync();
            var line = page.Locator("[data-test=ledger] tr", new() { Has = page.Locator($"a[href$='{caseId}']") });
            await Expect(line.Locator("[data-stage]")).ToHaveAttributeAsync("data-stage", "replied");
            await line.Locator("[data-test=ledger-archive]").ClickAsync();
            await page.Locator("[data-test=ledger-step-submit]:visible").ClickAsync();
            await Expect(line.Locator("[data-stage]")).ToHaveAttributeAsync("data-stage", "archived");
            await line.Locator("[data-test=ledger-follow-up]").ClickAsync();
            await page.Locator("#ledger-note:visible").FillAsync("电话回访，申请人满意");
            await page.Locator("[data-test=ledger-step-submit]:visible").ClickAsync();
            await Expect(line.Locator("[data-stage]")).ToHaveAttributeAsync("data-stage", "followed-up");
            await line.Locator("[data-test=ledger-publish]").ClickAsync();
            await Expect(line.Locator("[data-stage]")).ToHaveAttributeAsync("data-stage", "published");

            // 问事: a new request opens a line of its own; a wrong ID number is refused before it is sent
            await page.Locator("#ask-matter").FillAsync(Cases.FoodPermit);
            await page.Locator("#ask-name").FillAsync("王秋菊");
            await page.Locator("#ask-id").FillAsync("350926198503120021");
            await page.Locator("[data-test=ask-submit]").ClickAsync();
            await Expect(page.Locator(".el-form-item:has(#ask-id) .el-form-item__error")).ToContainTextAsync("校验位");
            await page.Locator("#ask-id").FillAsync("350926198503120020");
            await page.Locator("[data-test=ask-submit]").ClickAsync();
            await Expect(page.Locator("[data-test=ledger] tr", new() { HasText = "王秋菊" }).Locator("[data-stage]"))
                .ToHaveAttributeAsync("data-stage", "asked");

            // 证照送达: the centre sends the licence to the station; the agent hands it over
            var identifier = await Cases.CertificateOfAsync(suite, caseId);
            await Cases.SendToStationAsync(suite, identifier);
            await page.Locator("nav").GetByText("证照送达").ClickAsync();
            await page.Locator("#handover-identifier").FillAsync(identifier);
            await page.Locator("[data-test=handover-find]").ClickAsync();
            await Expect(page.Locator("[data-test=delivery] [data-status]")).ToHaveAttributeAsync("data-status", "arranged");
            await page.Locator("[data-test=handover-deliver]").ClickAsync();
            await Expect(page.Locator("[data-test=delivery] [data-status]")).ToHaveAttributeAsync("data-status", "delivered");
        });
    }
}
