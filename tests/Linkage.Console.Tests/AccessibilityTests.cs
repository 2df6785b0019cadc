using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Linkage.Console.Tests;

/// <summary>axe-core on the main pages: no serious or critical violation.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AccessibilityTests(ConsoleSuite suite)
{
    [Fact]
    public async Task The_main_pages_have_no_serious_accessibility_violations()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        var found = new List<string>();
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/guide");
            await page.Locator("[data-test=guide] tbody tr").First.WaitForAsync();
            await CheckAsync(page, "guide", found);
            await page.GotoAsync("/console/verify");
            await CheckAsync(page, "verify", found);
            await tab.SignInAsync("clerk");
            await CheckAsync(page, "clerk cases", found);
            await page.Locator("nav").GetByText("窗口收件").ClickAsync();
            await page.Locator("#matter-q").WaitForAsync();
            await CheckAsync(page, "clerk start", found);
        });
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static async Task CheckAsync(IPage page, string name, List<string> found)
    {
        var result = await page.RunAxe();
        found.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
    }
}
