using System.Text.RegularExpressions;
using Linkage.EndToEnd.Tests;
using Linkage.Kernel;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>我的预约 (decision 0546): a resident signed in at the OpenID provider, whose token carries the ID digest the
/// host computes, books a slot for a matter, is told beside the field when the centre is closed that day and in the
/// form when the slot is taken, sees the booking, which another resident does not, and cancels it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class AppointmentScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task A_resident_books_a_slot_another_resident_does_not_see_it_and_the_resident_cancels_it()
    {
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow);
        var day = WorkingDayCalendar.China.NextWorkingDay(today).ToString("yyyy-MM-dd");
        var closed = Enumerable.Range(1, 30).Select(today.AddDays).First(d => !WorkingDayCalendar.China.IsWorkingDay(d)).ToString("yyyy-MM-dd");

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAtProviderAsync("resident");
            await Expect(page).ToHaveURLAsync(MyAppointments()); // a resident's home
            await Expect(page.Locator("[data-test=who]")).ToContainTextAsync("陈美华");
            var rows = page.Locator("[data-test=my-appointments] tbody tr");
            await Expect(rows).ToHaveCountAsync(0);

            await page.Locator("#book-matter").FillAsync(Cases.FoodPermit);
            await page.Locator("#book-date").FillAsync(closed);
            await tab.ChooseAsync(page.Locator("[data-test=book-start]"), "10:30");
            await page.Locator("[data-test=book]").ClickAsync();
            await Expect(page.Locator("[data-test=book-form] .el-form-item__error").First).Not.ToBeEmptyAsync(); // 422 beside the slot
            await Expect(rows).ToHaveCountAsync(0);

            await page.Locator("#book-date").FillAsync(day);
            await page.Locator("[data-test=book]").ClickAsync();
            await Expect(rows).ToHaveCountAsync(1);
            await Expect(rows.First).ToContainTextAsync(day);
            await Expect(rows.First).ToContainTextAsync("10:30");
            await Expect(rows.First.Locator("[data-test=arrive]")).ToHaveCountAsync(0); // a ticket only on the day

            await page.Locator("[data-test=book]").ClickAsync();
            await Expect(page.Locator("[data-test=form-error]")).ToBeVisibleAsync(); // 409: the slot is taken
            await Expect(rows).ToHaveCountAsync(1);

            await OtherResidentSeesNoneAsync();

            await rows.First.Locator("[data-test=cancel]").ClickAsync();
            await Expect(rows).ToHaveCountAsync(0);
        });

        using var resident = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("resident"));
        Assert.Equal(0, (await resident.GetAsync("/api/v1/intake/appointments")).GetProperty("items").GetArrayLength());
    }

    /// <summary>Another resident, on a 10-inch tablet held upright, sees only their own (none).</summary>
    private async Task OtherResidentSeesNoneAsync()
    {
        await using var other = await ConsolePage.OpenAsync(suite, width: 800, height: 1280, scenario: "Another_resident_sees_none");
        await other.RunAsync(async page =>
        {
            await other.SignInAtProviderAsync("other-resident");
            await Expect(page.Locator("[data-test=who]")).ToContainTextAsync("刘强");
            await Expect(page.Locator("[data-test=book]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=my-appointments]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=my-appointments] tbody tr")).ToHaveCountAsync(0);
        });
    }

    [GeneratedRegex("/console/my/appointments$")]
    private static partial Regex MyAppointments();
}
