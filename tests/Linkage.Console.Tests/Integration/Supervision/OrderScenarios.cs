using System.Globalization;
using Linkage.EndToEnd.Tests;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>The county supervisor (电子监察) orders the unit handling a warned case to act (督办), sees the unit's
/// reply come back, then runs and publishes last month's 千分制 assessment, which anyone can then read; both pages draw
/// the ranking as a chart beside its table.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OrderScenarios(ConsoleSuite suite)
{
    private const string County = "350926000000"; // 柘荣县, the supervisor's county
    private const string Town = "350926105000"; // one of its towns, given a day of counters in the month assessed
    [Fact]
    public async Task A_supervisor_issues_an_order_sees_the_reply_and_publishes_the_ranking()
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var submitted = await clerk.PostAsync("/api/intake/cases", new
        {
            matterCode = "000122002000", // 个体工商户设立登记, committed in 1 working day: warned at once
            applicant = new { kind = "person", name = "周立平", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-proof" }.Select(code => new { code, form = "paper" }),
        });
        var caseNumber = submitted.GetProperty("caseNumber").GetString()!;

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("supervisor-county");
            var warned = page.Locator("[data-test=alerts] tr", new() { HasText = caseNumber });
            await tab.UntilShownAsync(warned, "查询");
            await warned.Locator("[data-test=order-case]").ClickAsync();

            await Expect(page.Locator("#order-target")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{12}$"));
            await page.Locator("[data-test=issue-order-submit]").ClickAsync();
            await Expect(page.Locator(".el-form-item:has(#order-instruction) .el-form-item__error")).Not.ToBeEmptyAsync(); // 422 beside the field
            await page.Locator("#order-instruction").FillAsync("请于限期内办结并书面回复");
            await page.Locator("[data-test=issue-order-submit]").ClickAsync();
            var order = page.Locator("[data-test=orders] tr", new() { HasText = caseNumber });
            await Expect(order.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "awaiting");

            await ReplyAsync(suite, caseNumber, "已加派人手，今日办结");
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "刷新" }).ClickAsync();
            await Expect(order.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "replied");
            await order.Locator(".el-table__expand-icon").ClickAsync();
            await Expect(page.Locator("[data-test=orders]")).ToContainTextAsync("已加派人手，今日办结");

            await page.Locator("nav").GetByText("考核排名").ClickAsync();
            var month = await page.Locator("#assessment-month").InputValueAsync();
            await DailyCounts.SeedAsync(suite, DateOnly.ParseExact($"{month}-01", "yyyy-MM-dd"), Town, "ou-ranked", received: 4, completed: 3, late: 1);
            await page.Locator("[data-test=run-assessment]").ClickAsync();
            await page.Locator("[data-test=publish-assessment]").ClickAsync();
            await Expect(page.Locator("[data-test=assessment-state]")).ToContainTextAsync("已发布");
            var points = await RankingPointsAsync(suite, month);
            var chart = page.Locator("[data-test=ranking-chart]");
            await Expect(chart.Locator("canvas")).ToBeVisibleAsync();
            await Expect(chart).ToHaveAttributeAsync("data-points", points);

            await page.Locator("nav").GetByText("结果公开").ClickAsync();
            await Expect(page.Locator("[data-test=ranking]")).ToBeVisibleAsync();
            await Expect(page.GetByText("考核单位：柘荣县")).ToBeVisibleAsync();
            await Expect(chart.Locator("canvas")).ToBeVisibleAsync();
            await Expect(chart).ToHaveAttributeAsync("data-points", points);
        });
    }

    /// <summary>The published ranking of the county's children as the chart must draw it, from the public API: the towns
    /// (else the units) by rank, each as "name:score", a town by its catalog name.</summary>
    private static async Task<string> RankingPointsAsync(ConsoleSuite suite, string month)
    {
        using var anyone = new GatewayClient(suite.Deployment.Gateway, token: null);
        var ranking = await anyone.GetAsync($"/api/supervision/rankings?parent={County}&month={month}");
        var region = await anyone.GetAsync($"/api/catalog/regions/{County}");
        var names = region.GetProperty("children").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("name").GetString()!);
        var children = ranking.GetProperty("children").EnumerateArray().ToList();
        var regions = children.Where(c => c.GetProperty("kind").GetString() == "region").ToList();
        var ranked = (regions.Count > 0 ? regions : children.Where(c => c.GetProperty("kind").GetString() == "unit"))
            .OrderBy(c => c.GetProperty("rank").GetInt32()).ThenBy(c => c.GetProperty("key").GetString(), StringComparer.Ordinal)
            .Select(c => (Key: c.GetProperty("key").GetString()!, Score: c.GetProperty("score").GetDouble()))
            .ToList();
        Assert.NotEmpty(ranked);
        return string.Join(' ', ranked.Select(c => $"{names.GetValueOrDefault(c.Key, c.Key)}:{c.Score.ToString(CultureInfo.InvariantCulture)}"));
    }

    /// <summary>The unit ordered answers (办理回复): the clerk of the county centre, in the console's 督办回复 page; an
    /// empty reply is refused beside its field.</summary>
    private static async Task ReplyAsync(ConsoleSuite suite, string caseNumber, string reply)
    {
        await using var unit = await ConsolePage.OpenAsync(suite, scenario: "A_unit_replies_to_an_order");
        await unit.RunAsync(async page =>
        {
            await unit.SignInAsync("clerk");
            await page.Locator("nav").GetByText("督办回复").ClickAsync();
            var received = page.Locator("[data-test=order-replies] tr", new() { HasText = caseNumber });
            await Expect(received.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "awaiting");
            await received.Locator("[data-test=order-reply]").ClickAsync();
            await page.Locator("[data-test=order-reply-submit]:visible").ClickAsync();
            await Expect(page.Locator(".el-form-item__error:visible")).ToBeVisibleAsync();
            await page.Locator("#order-reply-text:visible").FillAsync(reply);
            await page.Locator("[data-test=order-reply-submit]:visible").ClickAsync();
            await Expect(received.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "replied");
            await Expect(received.Locator("[data-test=order-reply-text]")).ToHaveTextAsync(reply);
        });
    }
}
