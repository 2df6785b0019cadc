using System.Net;
using System.Text.RegularExpressions;
using Linkage.EndToEnd.Tests;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>我的评价 (decision 0638): a resident who gave a bad rating reads, once the centre has visited and fixed it
/// at once, the centre's feedback and its date, is told beside the field when the follow-up has no grade, adds the
/// follow-up rating and sees the rectification closed; another resident does not see it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class RatingFeedbackScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task A_resident_reads_the_centres_feedback_and_adds_the_follow_up_rating()
    {
        var caseId = await Cases.SubmitByAgentAsync(suite);
        await Cases.ApproveAsync(suite, caseId, "reviewer-scjg", "reviewer-wsjk", "reviewer-xfjy");
        var complaint = $"窗口无人-{Guid.NewGuid():N}"[..14];
        await Cases.RateBadlyAsync(suite, caseId, complaint);
        const string feedback = "已增开午间窗口并安排专人值守";
        await FixAtOnceAsync(complaint, feedback);

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAtProviderAsync("resident");
            await Expect(page.Locator("[data-test=who]")).ToContainTextAsync("陈美华");
            await page.Locator("nav").GetByText("我的评价").ClickAsync();
            await Expect(page).ToHaveURLAsync(MyRatings());
            var row = page.Locator("[data-test=my-ratings] tbody tr", new() { HasText = complaint });
            await Expect(row.Locator("[data-test=my-rating-status]")).ToHaveTextAsync("已反馈待追评");
            await Expect(row.Locator("[data-test=my-rating-result]")).ToHaveTextAsync($"立行立改：{feedback}");
            await Expect(row).ToContainTextAsync("反馈");

            await row.Locator("[data-test=follow-up]").ClickAsync();
            await page.Locator("[data-test=follow-up-submit]").ClickAsync();
            await Expect(page.Locator("[data-test=follow-up-form] .el-form-item__error").First).Not.ToBeEmptyAsync(); // 422: the grade
            await tab.ChooseAsync(page.Locator("[data-test=follow-up-grade]"), GoodGrade()); // 满意 (4)
            await page.Locator("#follow-up-comment").FillAsync("午间也能办了");
            await page.Locator("[data-test=follow-up-submit]").ClickAsync();

            await Expect(row.Locator("[data-test=my-rating-status]")).ToHaveTextAsync("已办结");
            await Expect(row.Locator("[data-test=follow-up]")).ToHaveCountAsync(0);
            await Expect(page.Locator("[data-test=follow-up-form]")).ToHaveCountAsync(0);
            await Expect(row).ToContainTextAsync("已追评 满意");
        });

        await OtherResidentSeesNoneAsync(complaint);
    }

    /// <summary>The centre's clerk takes the return visit and fixes it at once (立行立改) through the API, as the ledger page does.</summary>
    private async Task FixAtOnceAsync(string complaint, string feedback)
    {
        using var clerk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("clerk"));
        var ledger = (await clerk.GetAsync("/api/ratings/rectifications?limit=500")).GetProperty("items");
        var id = ledger.EnumerateArray().Single(r => r.GetProperty("comment").GetString() == complaint).GetProperty("id").GetGuid();
        await clerk.PostAsync($"/api/ratings/rectifications/{id}/visit", new { note = "经转接回访，评价人反映午间无人" }, HttpStatusCode.OK);
        await clerk.PostAsync($"/api/ratings/rectifications/{id}/classify", new { resolution = "fix-at-once", text = feedback }, HttpStatusCode.OK);
    }

    private async Task OtherResidentSeesNoneAsync(string complaint)
    {
        await using var other = await ConsolePage.OpenAsync(suite, scenario: "Another_resident_does_not_see_it");
        await other.RunAsync(async page =>
        {
            await other.SignInAtProviderAsync("other-resident");
            await Expect(page.Locator("[data-test=who]")).ToContainTextAsync("刘强");
            await other.NavigateAsync("/my/ratings");
            await Expect(page.Locator("[data-test=my-ratings]")).ToBeVisibleAsync();
            await Expect(page.Locator("[data-test=my-ratings] tbody tr", new() { HasText = complaint })).ToHaveCountAsync(0);
        });
    }

    [GeneratedRegex("^满意$")]
    private static partial Regex GoodGrade();

    [GeneratedRegex("/console/my/ratings$")]
    private static partial Regex MyRatings();
}
