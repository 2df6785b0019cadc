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
            await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce }); // no fade-in for axe to measure half-way
            await page.GotoAsync("/console/guide");
            await page.Locator("[data-test=guide] tbody tr").First.WaitForAsync();
            await CheckAsync(page, "guide", found);
            await page.GotoAsync("/console/verify");
            await CheckAsync(page, "verify", found);
            await page.GotoAsync("/console/figures");
            await page.Locator("[data-test=satisfaction]").WaitForAsync();
            await CheckAsync(page, "published figures", found);
            await tab.SignInAsync("clerk");
            await CheckAsync(page, "clerk cases", found);
            await page.Locator("nav").GetByText("窗口收件").ClickAsync();
            await page.Locator("#matter-q").WaitForAsync();
            await CheckAsync(page, "clerk start", found);
            await page.Locator("nav").GetByText("窗口叫号").ClickAsync();
            await page.Locator("[data-test=queue-areas] tbody tr").First.WaitForAsync();
            await CheckAsync(page, "clerk queue", found);
            await page.Locator("nav").GetByText("首问负责").ClickAsync();
            await page.Locator("#enquiry-topic").WaitForAsync();
            await CheckAsync(page, "enquiry desk", found);
            await tab.SignInAsync("agent");
            await page.Locator("[data-test=ask]").WaitForAsync();
            await CheckAsync(page, "agent ledger", found);
            await tab.SignInAsync("supervisor-county");
            await page.Locator("nav").GetByText("督办", new() { Exact = true }).ClickAsync();
            await page.Locator("[data-test=issue-order]").WaitForAsync();
            await CheckAsync(page, "supervisor orders", found);
            await page.Locator("nav").GetByText("考核排名").ClickAsync();
            await page.Locator("#assessment-month").WaitForAsync();
            await CheckAsync(page, "supervisor assessment", found);
            await tab.SignInAtProviderAsync("resident");
            await page.Locator("[data-test=my-appointments]").WaitForAsync();
            await CheckAsync(page, "resident appointments", found);
        });
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static async Task CheckAsync(IPage page, string name, List<string> found)
    {
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".el-skeleton")).ToHaveCountAsync(0); // the page's data in
        // A tag or alert fading in is half transparent, and axe measures the blended colour: wait until nothing moves.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        var result = await page.RunAxe();
        found.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => $"{n.Html} ({string.Join("; ", n.Any.Select(c => c.Message))})"))}"));
    }
}
