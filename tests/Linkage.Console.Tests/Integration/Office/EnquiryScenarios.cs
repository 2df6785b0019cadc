using Linkage.EndToEnd.Tests;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>首问负责 in the console (decision 0547): the window clerk asked first records the enquiry (an empty topic is
/// refused beside the field) and hands it to a window post; the post's A accepts it from their inbox and closes it with
/// the answer; the trail shows every move. A centre of another county does not see it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EnquiryScenarios(ConsoleSuite suite)
{
    private const string Post = "zxdb";

    [Fact]
    public async Task The_clerk_records_an_enquiry_hands_it_to_a_window_whose_staff_accept_and_answer_it()
    {
        // a post of this scenario's own (OfficeScenarios gives the seeded posts' A a day off)
        using (var admin = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("hall-admin")))
            await admin.PutAsync($"/api/v1/office/posts/{Post}", new
            {
                name = "咨询导办窗口", a = "reviewer-wsjk", aName = "黄志明（县卫生健康局）", b = "reviewer-xfjy", bName = "蔡文杰（县消防救援大队）",
            });
        var topic = $"开办餐馆要准备哪些材料 {Guid.NewGuid():N}"[..24];

        await using (var clerk = await ConsolePage.OpenAsync(suite))
        {
            await clerk.RunAsync(async page =>
            {
                await clerk.SignInAsync("clerk");
                await page.Locator("nav").GetByText("首问负责").ClickAsync();
                await page.Locator("[data-test=record-enquiry-submit]").ClickAsync();
                await Expect(page.Locator("[data-test=record-enquiry] .el-form-item__error").First).Not.ToBeEmptyAsync(); // 422 beside the topic
                await page.Locator("#enquiry-topic").FillAsync(topic);
                await page.Locator("#enquiry-matter").FillAsync(Cases.FoodPermit);
                await page.Locator("[data-test=record-enquiry-submit]").ClickAsync();

                var row = page.Locator("[data-test=enquiries] tr", new() { HasText = topic });
                await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "recorded");
                await row.Locator(".el-table__expand-icon").ClickAsync();
                await clerk.ChooseAsync(page.Locator("[data-test=hand-over-window]"), "咨询导办窗口");
                await page.Locator("[data-test=hand-over-submit]").ClickAsync();
                await Expect(row).ToHaveCountAsync(0); // no longer the clerk's: it waits at the window
            });
        }

        await using var window = await ConsolePage.OpenAsync(suite);
        await window.RunAsync(async page =>
        {
            await window.SignInAsync("reviewer-wsjk");
            await page.Locator("nav").GetByText("首问负责").ClickAsync();
            var row = page.Locator("[data-test=enquiries] tr", new() { HasText = topic });
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "handed-over");
            await row.Locator(".el-table__expand-icon").ClickAsync();
            await page.Locator("[data-test=accept-enquiry]").ClickAsync();
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "accepted");
            await Expect(row).ToContainTextAsync("黄志明");

            var close = page.Locator("[data-test=close-enquiry-submit]");
            if (!await close.IsVisibleAsync()) await row.Locator(".el-table__expand-icon").ClickAsync();
            await close.ClickAsync();
            await Expect(page.Locator("[data-test=close-enquiry] .el-form-item__error").First).Not.ToBeEmptyAsync(); // no answer: 422
            await page.Locator("[id$=-answer]").FillAsync("需营业执照、场所证明、健康证明，已告知到市场监管窗口办理");
            await close.ClickAsync();
            await Expect(row).ToHaveCountAsync(0); // answered: out of the inbox

            await window.ChooseAsync(page.Locator("[data-test=enquiry-status]"), "已办结");
            await Expect(row.Locator("[data-state]")).ToHaveAttributeAsync("data-state", "closed");
            var steps = page.Locator("[data-test=enquiry-trail] li");
            if (!await steps.First.IsVisibleAsync()) await row.Locator(".el-table__expand-icon").ClickAsync(); // still open, or opened now
            await Expect(steps).ToHaveCountAsync(4);
            await Expect(steps.Nth(0)).ToHaveAttributeAsync("data-step", "recorded");
            await Expect(steps.Nth(1)).ToContainTextAsync(Post);
            await Expect(steps.Nth(3)).ToContainTextAsync("已告知到市场监管窗口办理");
        });

        using var elsewhere = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("other-county-clerk"));
        var seen = await elsewhere.GetAsync("/api/v1/office/enquiries");
        Assert.DoesNotContain(seen.GetProperty("items").EnumerateArray(), e => e.GetProperty("topic").GetString() == topic);
    }
}
