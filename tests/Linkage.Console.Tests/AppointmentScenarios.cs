using Linkage.EndToEnd.Tests;
using Linkage.Kernel;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>预约 in the console (decision 0516): a resident books a slot for a matter, is told beside the field when the
/// centre is closed that day and in the form when the slot is taken, sees the booking and cancels it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AppointmentScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task A_resident_books_a_slot_is_refused_a_closed_day_and_a_taken_slot_and_cancels()
    {
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        var day = WorkingDayCalendar.China.NextWorkingDay(today).ToString("yyyy-MM-dd");
        var closed = Enumerable.Range(1, 30).Select(today.AddDays).First(d => !WorkingDayCalendar.China.IsWorkingDay(d)).ToString("yyyy-MM-dd");

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("resident");
            await page.Locator("nav").GetByText("我的预约").ClickAsync();
            var rows = page.Locator("[data-test=my-appointments] tbody tr");
            await Expect(rows).ToHaveCountAsync(0);

            await page.Locator("#book-matter").FillAsync(Cases.FoodPermit);
            await page.Locator("#book-date").FillAsync(closed);
            await page.Locator("[data-test=book-start]").ClickAsync();
            await page.Locator(".el-select-dropdown__item:visible", new() { HasText = "09:30" }).ClickAsync();
            await page.Locator("[data-test=book]").ClickAsync();
            await Expect(page.Locator("[data-test=book-form] .el-form-item__error").First).Not.ToBeEmptyAsync(); // 422 beside the slot
            await Expect(rows).ToHaveCountAsync(0);

            await page.Locator("#book-date").FillAsync(day);
            await page.Locator("[data-test=book]").ClickAsync();
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.First).ToContainTextAsync(day);
            await Expect(rows.First).ToContainTextAsync("09:30");
            await Expect(rows.First.Locator("[data-test=arrive]")).ToHaveCountAsync(0); // a ticket only on the day

            await page.Locator("[data-test=book]").ClickAsync();
            await Expect(page.Locator("[data-test=form-error]")).ToBeVisibleAsync(); // 409: the slot is taken
            await Expect(rows).ToHaveCountAsync(1);

            await rows.First.Locator("[data-test=cancel]").ClickAsync();
            await Expect(rows).ToHaveCountAsync(0);
        });

        using var resident = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("resident"));
        var left = await resident.GetAsync("/api/intake/appointments");
        Assert.Equal(0, (left.ValueKind == System.Text.Json.JsonValueKind.Array ? left : left.GetProperty("items")).GetArrayLength());
    }
}
