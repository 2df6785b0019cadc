using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>投资项目 on the key-project ledger (decision 0565): the county centre's admin registers one with the console's
/// form, an application linked to it; a malformed project code comes back as the server's problem, shown beside the
/// code; once corrected, the project is listed with its application open.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class InvestmentProjectScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task The_centre_admin_registers_an_investment_project_with_a_case_and_sees_it_listed()
    {
        var caseId = await Cases.SubmitByAgentAsync(suite);
        await Cases.SupervisedAsync(suite, caseId);
        var name = $"茶业项目{Guid.NewGuid():N}"[..12];
        var code = $"2026-350926-13-03-{Random.Shared.Next(0, 1_000_000):D6}";
        var target = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40).ToString("yyyy-MM-dd");

        await using var admin = await ConsolePage.OpenAsync(suite);
        await admin.RunAsync(async page =>
        {
            await admin.SignInAsync("hall-admin");
            await page.Locator("nav").GetByText("重点项目").ClickAsync();
            await page.Locator("#project-name").FillAsync(name);
            await page.Locator("#project-code").FillAsync("2026-350926-13");
            await page.Locator("#project-investor").FillAsync("柘荣县山海茶业有限公司");
            await page.Locator("#project-credit-code").FillAsync(Cases.CompanyCreditCode);
            await page.Locator("#project-guide").FillAsync("林代办");
            await page.Locator("#project-target-on").FillAsync(target);
            await page.Locator("#project-cases").FillAsync(caseId.ToString());
            await page.Locator("[data-test=register-investment-submit]").ClickAsync();

            var codeError = page.Locator(".el-form-item:has(#project-code) .el-form-item__error");
            await Expect(codeError).ToContainTextAsync("项目代码"); // the 422's message for projectCode, beside it
            await Expect(page.Locator(".el-form-item:has(#project-guide) .el-form-item__error")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-test=investment-projects] tr", new() { HasText = name })).ToHaveCountAsync(0);

            await page.Locator("#project-code").FillAsync(code);
            await page.Locator("[data-test=register-investment-submit]").ClickAsync();
            var row = page.Locator("[data-test=investment-projects] tr", new() { HasText = name });
            await Expect(row).ToContainTextAsync(code);
            await Expect(row).ToContainTextAsync(target);
            await Expect(row.Locator("[data-test=investment-progress]")).ToHaveTextAsync("办结 0 · 在办 1 · 超期 0");
            await Expect(codeError).ToHaveCountAsync(0);
            await Expect(page.Locator("#project-name")).ToHaveValueAsync(""); // the form is cleared for the next one
        });
    }
}
