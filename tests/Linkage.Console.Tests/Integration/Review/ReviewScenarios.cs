using Linkage.EndToEnd.Tests;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>A county department reviewer (部门审批) finds the task in the inbox and approves it in the browser; at a centre
/// that approves negative decisions first (否定报备, decision 0562) a rejection shows as held, the task still pending.</summary>
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

    [Fact]
    public async Task A_rejection_held_for_the_centres_approval_shows_as_held_on_the_task()
    {
        var caseId = await Cases.SubmitByAgentAsync(suite);
        using var admin = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("hall-admin"));
        await admin.PutAsync("/api/office/rules", new { approvalFirst = true, lateNoticeDays = 5, reportWithinHours = 24 });
        try
        {
            await using var tab = await ConsolePage.OpenAsync(suite);
            await tab.RunAsync(async page =>
            {
                await tab.SignInAsync("reviewer-scjg");
                var link = page.Locator($"[data-test=tasks] a[data-case='{caseId}']");
                await tab.UntilShownAsync(link, "刷新");
                await link.ClickAsync();
                await Expect(page.Locator("[data-test=rejection-held]")).ToHaveCountAsync(0);
                await page.Locator("[data-test=decision-reject]").ClickAsync();
                await page.Locator("#decision-reason").FillAsync("经营场所与食品加工区未分隔");
                await page.Locator("[data-test=decide]").ClickAsync();

                await Expect(page.Locator("[data-test=rejection-held]")).ToHaveAttributeAsync("data-state", "rejection-held");
                await Expect(page.Locator("[data-test=task-status]")).ToHaveTextAsync("pending");
                await Expect(page.Locator("[data-test=decided]")).ToHaveCountAsync(0);
            });
        }
        finally
        {
            await admin.PutAsync("/api/office/rules", new { approvalFirst = false, lateNoticeDays = 5, reportWithinHours = 24 });
        }
    }
}
