using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>The window clerk (综合窗口) in the browser: start an application with a material missing, get the
/// missing-materials notice, take the material, and the case is accepted with its slip.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ClerkScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task The_clerks_cases_are_paged_on_the_server_and_more_appends_the_next_page()
    {
        await Cases.EnsureClerkCasesAsync(suite, 21);
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            var rows = page.Locator("[data-test=cases] tbody tr");
            await Expect(rows).ToHaveCountAsync(20);
            var first = await rows.AllInnerTextsAsync();
            await page.Locator("[data-test=more-cases]").ClickAsync();
            await Expect(rows.Nth(20)).ToBeVisibleAsync();
            var all = await rows.AllInnerTextsAsync();
            Assert.Equal(first, all.Take(20));
            Assert.Equal(all.Count, all.Distinct().Count()); // the next page starts after the first, nothing repeated
        });
    }

    [Fact]
    public async Task A_clerk_takes_a_case_with_a_missing_material_then_accepts_it_once_supplied()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        var applicant = "陈美华" + Guid.NewGuid().ToString("N")[..4];
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await page.Locator("nav").GetByText("窗口收件").ClickAsync();
            await page.Locator("#matter-q").FillAsync("食品");
            await page.Locator("[data-test=matter-search]").ClickAsync();
            await page.Locator($"[data-test=choose-{Cases.FoodPermit}]").ClickAsync();
            await page.Locator("#applicant-name").FillAsync(applicant);
            await page.Locator("#applicant-id").FillAsync("350926198503120021");
            await page.Locator("[data-test=submit-case]").ClickAsync();
            await Expect(page.GetByText("身份证号码校验位不正确")).ToBeVisibleAsync();

            await page.Locator("#applicant-id").FillAsync("350926198503120020");
            foreach (var code in Cases.FoodPermitMaterials.Where(c => c != "health-certificate"))
                await page.Locator($"label:has(input[value='{code}'])").ClickAsync();
            await page.Locator("[data-test=submit-case]").DblClickAsync();

            await Expect(page.Locator("[data-test=case-status]")).ToHaveAttributeAsync("data-status", "awaiting-materials");
            await Expect(page.Locator("[data-test=slip]")).ToHaveAttributeAsync("data-kind", "missing-materials-notice");
            await page.Locator("[data-test=file-health-certificate]").SetInputFilesAsync(
                new FilePayload { Name = "health.png", MimeType = "image/png", Buffer = Cases.Png });
            await page.Locator("[data-test=supply]").ClickAsync();

            await Expect(page.Locator("[data-test=case-status]")).ToHaveAttributeAsync("data-status", "accepted");
            await Expect(page.Locator("[data-test=slip]")).ToHaveAttributeAsync("data-kind", "acceptance-slip");
            var popup = await page.RunAndWaitForPopupAsync(() => page.Locator("[data-test=print-slip]").ClickAsync());
            Assert.StartsWith("blob:", popup.Url);
        });

        var created = await Cases.ClerkCasesOfAsync(suite, applicant);
        Assert.Single(created); // the double click submitted once
    }

    [Fact]
    public async Task A_clerk_takes_a_one_thing_bundle_for_a_company_and_it_is_accepted()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await page.Locator("nav").GetByText("一件事收件").ClickAsync();
            await page.Locator("#matter-q").FillAsync("开办");
            await page.Locator("[data-test=matter-search]").ClickAsync();
            await page.Locator($"[data-test=choose-{Cases.CompanyStart}]").ClickAsync();
            await page.Locator("label:has(input[value=organisation])").ClickAsync();
            await page.Locator("#applicant-name").FillAsync("柘荣县山海茶业有限公司");
            await page.Locator("#applicant-credit").FillAsync(Cases.CompanyCreditCode);
            var materials = page.Locator("[data-test=materials] label");
            for (var i = 0; i < await materials.CountAsync(); i++) await materials.Nth(i).ClickAsync();
            await page.Locator("[data-test=submit-case]").ClickAsync();

            await Expect(page.Locator("[data-test=case-status]")).ToHaveAttributeAsync("data-status", "accepted");
            await Expect(page.Locator("[data-test=slip]")).ToHaveAttributeAsync("data-kind", "acceptance-slip");
        });
    }

    [Fact]
    public async Task Another_roles_page_answers_not_found_or_not_yours()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await tab.NavigateAsync("/reviewer/tasks");
            await Expect(page.Locator("[data-test=not-found]")).ToContainTextAsync("不存在或无权查看");
            await Expect(page.Locator("nav").GetByText("审批任务")).ToHaveCountAsync(0);
            await Expect(page.Locator("nav").GetByText("窗口收件")).ToBeVisibleAsync();
        });
    }
}
