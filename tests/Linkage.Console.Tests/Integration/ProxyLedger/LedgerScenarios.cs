using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>The ledgers kept apart from the case lists: the county centre walks a bad rating through its rectification
/// ledger (整改台账) while the county supervisor decides its appeal, and the centre's admin puts a case on the green
/// channel (重点项目台账), which the supervisor then sees on the key-project ledger.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class LedgerScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task The_centre_rectifies_a_bad_rating_after_the_supervisor_overturns_its_appeal()
    {
        var caseId = await Cases.SubmitByAgentAsync(suite);
        await Cases.ApproveAsync(suite, caseId, "reviewer-scjg", "reviewer-wsjk", "reviewer-xfjy");
        var complaint = $"等候太久-{Guid.NewGuid():N}"[..14];
        await Cases.RateBadlyAsync(suite, caseId, complaint);

        await using var centre = await ConsolePage.OpenAsync(suite);
        await using var supervisor = await ConsolePage.OpenAsync(suite, scenario: "A_supervisor_decides_a_rectification_appeal");
        await centre.RunAsync(async page =>
        {
            await centre.SignInAsync("clerk");
            await page.Locator("nav").GetByText("整改台账").ClickAsync();
            var row = page.Locator("[data-test=rectifications] tr", new() { HasText = complaint });
            await centre.UntilShownAsync(row, "查询");
            await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "open");

            await row.Locator("[data-test=rectification-visit]").ClickAsync();
            await page.Locator("[data-test=rectification-submit]:visible").ClickAsync();
            await Expect(page.Locator(".el-form-item__error:visible")).ToBeVisibleAsync(); // 422: the note, beside its field
            await page.Locator("#rectification-text:visible").FillAsync("已电话回访，评价人反映等候时间长");
            await page.Locator("[data-test=rectification-submit]:visible").ClickAsync();
            await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "visited");
            await TakeStepAsync(centre, row, "classify", "申诉", "当日系统故障，非窗口原因", "appealed");
            await Expect(row.Locator("[data-test^=rectification-]")).ToHaveCountAsync(0); // the appeal is the supervisor's

            await supervisor.RunAsync(async overseer =>
            {
                await supervisor.SignInAsync("supervisor-county");
                await overseer.Locator("nav").GetByText("整改台账").ClickAsync();
                var appealed = overseer.Locator("[data-test=rectifications] tr", new() { HasText = complaint });
                await TakeStepAsync(supervisor, appealed, "appeal-decision", "申诉不成立", "系统日志未见故障", "visited");
            });

            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", "visited");
            await TakeStepAsync(centre, row, "classify", "限期整改", "增设叫号提醒，三日内完成", "rectifying");
            await TakeStepAsync(centre, row, "complete", null, "已增设叫号提醒并告知评价人", "fed-back");
            await row.Locator(".el-table__expand-icon").ClickAsync();
            await Expect(page.Locator("[data-test=rectification-trail] [data-step=appeal-decision]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=rectification-trail] [data-step=complete]")).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task The_centre_admin_marks_a_key_project_that_the_supervisor_sees_on_the_ledger()
    {
        var caseId = await Cases.SubmitByAgentAsync(suite);
        await Cases.SupervisedAsync(suite, caseId);
        var guide = $"导办{Guid.NewGuid():N}"[..10];

        await using var admin = await ConsolePage.OpenAsync(suite);
        await admin.RunAsync(async page =>
        {
            await admin.SignInAsync("hall-admin");
            await page.Locator("nav").GetByText("重点项目").ClickAsync();
            await page.Locator("#key-case").FillAsync(caseId.ToString());
            await page.Locator("[data-test=mark-key-project-submit]").ClickAsync();
            await Expect(page.Locator(".el-form-item:has(#key-guide) .el-form-item__error")).Not.ToBeEmptyAsync(); // 422 beside the guide
            await page.Locator("#key-guide").FillAsync(guide);
            await page.Locator("#key-days").FillAsync("1");
            await page.Locator("#key-days").PressAsync("Tab");
            await page.Locator("[data-test=mark-key-project-submit]").ClickAsync();
            await Expect(page.Locator("[data-test=key-projects] tr", new() { HasText = guide }).Locator("[data-outcome]"))
                .ToHaveAttributeAsync("data-outcome", "open");
        });

        await using var supervisor = await ConsolePage.OpenAsync(suite, scenario: "A_supervisor_reads_the_key_project_ledger");
        await supervisor.RunAsync(async page =>
        {
            await supervisor.SignInAsync("supervisor-county");
            await page.Locator("nav").GetByText("重点项目").ClickAsync();
            await Expect(page.Locator("[data-test=key-projects] tr", new() { HasText = guide })).ToContainTextAsync("350926");
            await Expect(page.Locator("[data-test=mark-key-project]")).ToHaveCountAsync(0); // marking is the admins'
        });
    }

    /// <summary>Opens a row's next step, chooses (when the step asks), writes its text and submits; the row moves on.</summary>
    private static async Task TakeStepAsync(ConsolePage tab, ILocator row, string step, string? choice, string text, string status)
    {
        var page = tab.Page;
        await row.Locator($"[data-test=rectification-{step}]").ClickAsync();
        if (choice is not null) await tab.ChooseAsync(page.Locator("[data-test=rectification-choice]:visible"), choice);
        await page.Locator("#rectification-text:visible").FillAsync(text);
        await page.Locator("[data-test=rectification-submit]:visible").ClickAsync();
        await Expect(row.Locator("[data-status]")).ToHaveAttributeAsync("data-status", status);
    }
}
