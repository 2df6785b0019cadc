using System.Net;
using Linkage.EndToEnd.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>预警台账 (decision 0635): a red card raised by a real fact — the county centre's day of fees that does not
/// reconcile — is read by the centre's clerk without the 签收/解除 buttons (and the API refuses the clerk), then
/// acknowledged and resolved by the county supervisor, who and when shown at each step.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AlarmScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task A_supervisor_acknowledges_and_resolves_a_red_card_and_a_clerk_only_reads_it()
    {
        var department = $"dep-console-{Guid.NewGuid():N}"[..28]; // a department of its own: one reconciliation per department and day
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Date);
        await clerk.PostAsync("/api/fees/reconciliations", new { departmentId = department, day = today, reportedFen = 1500 });

        await using (var clerkTab = await ConsolePage.OpenAsync(suite, scenario: "AlarmScenarios_clerk"))
            await clerkTab.RunAsync(async page =>
            {
                await clerkTab.SignInAsync("clerk");
                await page.Locator("nav").GetByText("预警台账").ClickAsync();
                var card = page.Locator("[data-test=alarms] tr", new() { HasText = department });
                await clerkTab.UntilShownAsync(card, "查询");
                await Expect(card.Locator("[data-level]")).ToHaveAttributeAsync("data-level", "red");
                await Expect(card.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "raised");
                await Expect(page.Locator("[data-test=alarm-acknowledge], [data-test=alarm-resolve]")).ToHaveCountAsync(0);
            });
        var alarmId = (await clerk.GetAsync("/api/supervision/alarms?kind=fee-mismatch&limit=500")).GetProperty("items").EnumerateArray()
            .Single(a => a.GetProperty("departmentId").GetString() == department).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, await clerk.PostRawAsync($"/api/supervision/alarms/{alarmId}/acknowledge", new { }));
        Assert.Equal(HttpStatusCode.NotFound, await clerk.PostRawAsync($"/api/supervision/alarms/{alarmId}/resolve", new { note = "x" }));

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("supervisor-county");
            await page.Locator("nav").GetByText("预警台账").ClickAsync();
            await tab.ChooseAsync(page.Locator("[data-test=alarm-level]"), "红牌");
            await tab.ChooseAsync(page.Locator("[data-test=alarm-kind]"), "收费对账不符");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            var card = page.Locator("[data-test=alarms] tr", new() { HasText = department });
            await Expect(card.Locator("[data-level]")).ToHaveAttributeAsync("data-level", "red");
            await Expect(page.Locator("[data-test=alarms] [data-level=yellow]")).ToHaveCountAsync(0);

            await card.Locator("[data-test=alarm-acknowledge]").ClickAsync();
            await Expect(card.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "acknowledged");
            await Expect(card.Locator("[data-test=acknowledged]")).ToContainTextAsync(DateTime.Now.Year.ToString());
            await Expect(card.Locator("[data-test=alarm-acknowledge]")).ToHaveCountAsync(0);

            await card.Locator("[data-test=alarm-resolve]").ClickAsync();
            await page.Locator("#alarm-note").FillAsync("已与税务核对，差额系漏录");
            await page.Locator("[data-test=alarm-resolve-submit]").ClickAsync();
            await Expect(card).ToHaveCountAsync(0); // the open ones only, by default

            await tab.ChooseAsync(page.Locator("[data-test=alarm-state]"), "已解除");
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await Expect(card.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "resolved");
            await Expect(card.Locator("[data-test=resolved]")).ToContainTextAsync("已与税务核对，差额系漏录");
            await Expect(card.Locator("[data-test=alarm-resolve]")).ToHaveCountAsync(0);
        });
    }
}
