using System.Text.Json;
using Linkage.EndToEnd.Tests;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>叫号 in the console (decision 0515): the clerk at window 03 (area B) calls, recalls, marks 过号, transfers
/// to area A and finishes tickets taken at the front desk; another centre's window is not found, a transfer without an
/// area is refused beside its field, and the public hall screen shows the number at the window.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class HallScenarios(ConsoleSuite suite)
{
    private const string Centre = "ou-350926-centre";

    [Fact]
    public async Task The_clerk_calls_recalls_skips_transfers_and_finishes_and_the_screen_shows_the_called_number()
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
            numbers.Add((await clerk.PostAsync("/api/hall/tickets", new { areaCode = "B" })).GetProperty("number").GetString()!);

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("clerk");
            await page.Locator("nav").GetByText("窗口叫号").ClickAsync();
            var number = page.Locator("[data-test=queue-number]");

            await page.Locator("#queue-window").FillAsync("99");
            await page.Locator("#queue-window").PressAsync("Enter");
            await page.Locator("[data-test=call-next]").ClickAsync();
            await Expect(page.Locator("[data-test=form-error]")).ToContainTextAsync("不存在或无权查看");

            await page.Locator("#queue-window").FillAsync("03");
            await page.Locator("#queue-window").PressAsync("Enter");
            await page.Locator("[data-test=call-next]").ClickAsync();
            await Expect(number).ToHaveTextAsync(numbers[0]);
            await page.Locator("[data-test=recall]").ClickAsync();
            await Expect(page.Locator("[data-test=queue-current]")).ToContainTextAsync("已重呼 1 次");
            await page.Locator("[data-test=skip]").ClickAsync();
            await Expect(number).ToHaveCountAsync(0);

            await page.Locator("[data-test=call-next]").ClickAsync();
            await Expect(number).ToHaveTextAsync(numbers[1]);
            await page.Locator("[data-test=transfer]").ClickAsync();
            await Expect(page.Locator("[data-test=transfer-form] .el-form-item__error")).Not.ToBeEmptyAsync(); // 422 beside the field
            await Expect(number).ToHaveTextAsync(numbers[1]);
            await tab.ChooseAsync(page.Locator("[data-test=transfer-area]"), "综合受理");
            await page.Locator("[data-test=transfer]").ClickAsync();
            await Expect(number).ToHaveCountAsync(0);

            await page.Locator("[data-test=call-next]").ClickAsync();
            await Expect(number).ToHaveTextAsync(numbers[2]);

            await using (var screen = await ConsolePage.OpenAsync(suite, scenario: "HallScreen"))
            {
                await screen.RunAsync(async board =>
                {
                    await board.GotoAsync($"/console/hall/{Centre}/display");
                    var called = board.Locator("[data-test=screen-called]");
                    await Expect(called).ToContainTextAsync(numbers[2]);
                    await Expect(called).ToContainTextAsync("3号窗口");
                    await Expect(called).Not.ToContainTextAsync(numbers[0]); // 过号: no longer on the screen
                    await Expect(called).Not.ToContainTextAsync(numbers[1]); // transferred: waiting again, in area A
                });
            }

            await page.Locator("[data-test=finish]").ClickAsync();
            await Expect(number).ToHaveCountAsync(0);
            await page.Locator("[data-test=call-next]").ClickAsync();
            await Expect(page.Locator("[data-test=queue-idle]")).ToHaveTextAsync("暂无等候的号码");
        });

        using var anonymous = new GatewayClient(suite.Deployment.Gateway, null);
        var display = await anonymous.GetAsync($"/api/hall/centres/{Centre}/display");
        var shown = display.GetProperty("called").EnumerateArray().Select(c => c.GetProperty("number").GetString()).ToList();
        Assert.DoesNotContain(numbers[2], shown); // finished
        Assert.DoesNotContain(numbers[1], shown);
        Assert.Equal(JsonValueKind.Array, display.GetProperty("areas").ValueKind);
    }
}
