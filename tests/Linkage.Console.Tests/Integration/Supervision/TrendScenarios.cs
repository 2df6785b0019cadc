using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>统计分析's trend: a seeded week of a county town's daily counters (written as the counter fold writes
/// them, as RolledUpScenarios seeds its rows) is drawn point by point, a day without counters as zero; by week the
/// same days make one point.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TrendScenarios(ConsoleSuite suite)
{
    private const string Town = "350926105000";

    [Fact]
    public async Task The_trend_chart_has_the_seeded_periods_points()
    {
        await SeedAsync(new DateOnly(2024, 3, 4), received: 3, accepted: 2, completed: 1, late: 0);
        await SeedAsync(new DateOnly(2024, 3, 6), received: 2, accepted: 2, completed: 2, late: 1);
        await SeedAsync(new DateOnly(2024, 3, 9), received: 1, accepted: 0, completed: 0, late: 0);

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("supervisor-county");
            await page.Locator("nav").GetByText("统计分析").ClickAsync();
            await page.Locator("#stats-from").FillAsync("2024-03-04");
            await page.Locator("#stats-to").FillAsync("2024-03-10");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

            var trend = page.Locator("[data-test=trend]");
            await Expect(trend.Locator("canvas")).ToBeVisibleAsync();
            await Expect(trend).ToHaveAttributeAsync("data-points",
                "2024-03-04:3/2/1/0 2024-03-05:0/0/0/0 2024-03-06:2/2/2/1 2024-03-07:0/0/0/0 2024-03-08:0/0/0/0 2024-03-09:1/0/0/0 2024-03-10:0/0/0/0");

            // the figures above the trend must have come in before its dropdown is used: when they do, the page below
            // them moves, and a choice clicked while it moves lands beside the option
            await Expect(page.Locator("[data-test=chart]")).ToHaveAttributeAsync("data-points", new Regex("."));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "查询" })).ToBeEnabledAsync();
            await tab.ChooseAsync(page.Locator("[data-test=trend-by]"), "按周");
            await Expect(trend).ToHaveAttributeAsync("data-points", "2024-03-04:6/4/3/1");
        });
    }

    private Task SeedAsync(DateOnly day, int received, int accepted, int completed, int late) =>
        DailyCounts.SeedAsync(suite, day, Town, "ou-trend", received, completed, late, accepted);
}
