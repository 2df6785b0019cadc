using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>A county department reviewer (部门审批) finds the task in the inbox and approves it in the browser.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReviewScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task A_reviewer_approves_a_task_from_the_inbox()
    {
        var caseId = await Cases.SubmitByAgentAsync(suite);
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("reviewer-scjg");
            var link = page.Locator($"[data-test=tasks] a[data-case='{caseId}']");
            await tab.UntilShownAsync(link, "刷新");
            await link.ClickAsync();
            await page.Locator("[data-test=decision-approve]").ClickAsync();
            await page.Locator("[data-test=decide]").ClickAsync();

            await Expect(page.Locator("[data-test=decided]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=task-status]")).ToHaveTextAsync("approved");
            await Expect(page.Locator("[data-test=plan]")).ToContainTextAsync("approved");
        });
    }
}
