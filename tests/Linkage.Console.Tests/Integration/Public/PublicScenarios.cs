using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>Anyone, without signing in: the guide for a village, and a certificate verified by its identifier.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PublicScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task An_anonymous_visitor_verifies_a_certificate_by_its_identifier()
    {
        var caseId = await Cases.SubmitByAgentAsync(suite);
        await Cases.ApproveAsync(suite, caseId, "reviewer-scjg", "reviewer-wsjk", "reviewer-xfjy");
        var identifier = await Cases.CertificateOfAsync(suite, caseId);

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/verify");
            await page.Locator("#verify-identifier").FillAsync(identifier);
            await page.Locator("[data-test=verify]").ClickAsync();
            await Expect(page.Locator("[data-test=verification-status]")).ToContainTextAsync("有效");
            await Expect(page.Locator("[data-test=verification]")).ToContainTextAsync("签名验证通过");
            Assert.EndsWith("/console/verify/" + Uri.EscapeDataString(identifier), page.Url);
        });
    }

    [Fact]
    public async Task A_malformed_identifier_is_refused_beside_its_field()
    {
        await using var tab = await ConsolePage.OpenAsync(suite, width: 1024, height: 768);
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/verify/" + Uri.EscapeDataString("not-an-identifier"));
            await Expect(page.Locator("[data-test=load-error]")).ToBeVisibleAsync();
            await Expect(page.Locator(".el-form-item:has(#verify-identifier) .el-form-item__error")).Not.ToBeEmptyAsync();
        });
    }

    [Fact]
    public async Task A_visitor_sees_the_published_satisfaction_of_the_county()
    {
        await RatedTodayInTheCountyAsync(); // at least the small-cell threshold (5), whichever scenarios ran before
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/guide");
            await page.Locator("nav").GetByText("结果公开").ClickAsync();
            await Expect(page.Locator("[data-test=satisfaction]")).ToContainTextAsync("满意率");
            await Expect(page.Locator("[data-test=grades] tbody tr")).ToHaveCountAsync(5); // 非常满意 … 非常不满意
            await Expect(page.Locator("[data-test=grades]")).ToContainTextAsync("非常满意");

            await page.Locator("#figures-division").FillAsync("35092600000"); // 11 digits
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await Expect(page.Locator(".el-form-item:has(#figures-division) .el-form-item__error")).Not.ToBeEmptyAsync();
        });
    }

    [Fact]
    public async Task The_guide_lists_what_a_village_resident_can_apply_for()
    {
        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/guide");
            await page.Locator("#guide-q").FillAsync("食品");
            await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await Expect(page.Locator("[data-test=guide]")).ToContainTextAsync(Cases.FoodPermit);
        });
    }

    /// <summary>One rating of each grade today in the county, written as ratings writes them (the page is under test here,
    /// not the rating path: RateCaseTests and KioskScenarios cover that).</summary>
    private async Task RatedTodayInTheCountyAsync()
    {
        await using var connection = new NpgsqlConnection(suite.Deployment.Environment["ConnectionStrings__Linkage"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO ratings.ratings ("Id", "CaseId", "Channel", "Grade", "Indicators", "HandlingOrgUnitId", "HandlingDivision",
                "RaterSubject", "RatedAt", "RatedOn")
            SELECT gen_random_uuid(), gen_random_uuid(), 'window', g, '{}'::jsonb, 'county-centre', '350926000000', 'public-scenario',
                now(), (now() AT TIME ZONE 'Asia/Shanghai')::date
            FROM generate_series(1, 5) AS g
            """, connection);
        await command.ExecuteNonQueryAsync();
    }
}
