using Linkage.EndToEnd.Tests;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>下级汇总: the county supervisor reads the rolled-up state of the towns' deployments for a period. The one
/// deployment here has no child deployment, so the rows a town's StateRolledUp would leave are written as the handler
/// writes them (decision 0526; Supervision's StateRollUpTests carry them through the handler).</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RolledUpScenarios(ConsoleSuite suite)
{
    private const string Town = "350926100000", OtherTown = "350926101000";

    [Fact]
    public async Task A_supervisor_sees_the_towns_rolled_up_state_for_the_period_chosen()
    {
        await SeedAsync(new DateOnly(2024, 2, 12), Town, openOverdue: 7, red: 3, awaiting: 4);
        await SeedAsync(new DateOnly(2024, 2, 20), Town, openOverdue: 2, red: 1, awaiting: 1);
        await SeedAsync(new DateOnly(2024, 2, 15), OtherTown, openOverdue: 5, red: 0, awaiting: 2);
        await SeedAsync(new DateOnly(2024, 4, 2), OtherTown, openOverdue: 40, red: 40, awaiting: 40); // outside the period

        await using var tab = await ConsolePage.OpenAsync(suite);
        await tab.RunAsync(async page =>
        {
            await tab.SignInAsync("supervisor-county");
            await page.Locator("nav").GetByText("下级汇总").ClickAsync();
            await page.Locator("#rolled-from").FillAsync("2024-02-01");
            await page.Locator("#rolled-to").FillAsync("2024-02-29");
            await page.Locator("[data-test=rolled-search]").ClickAsync();

            var rows = page.Locator("[data-test=rolled-up] tbody tr");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(0)).ToContainTextAsync("双城镇");
            await Expect(rows.Nth(0).Locator("td").Nth(1)).ToHaveTextAsync("9");  // 7 + 2 open past due
            await Expect(rows.Nth(0).Locator("td").Nth(2)).ToHaveTextAsync("4");  // red cards
            await Expect(rows.Nth(0).Locator("td").Nth(7)).ToHaveTextAsync("5");  // orders awaiting a reply
            await Expect(rows.Nth(1).Locator("td").Nth(1)).ToHaveTextAsync("5");

            await page.Locator("#rolled-to").FillAsync("2024-01-31");
            await page.Locator("#rolled-from").FillAsync("2023-01-01"); // more than 366 days: refused, naming the field
            await page.Locator("[data-test=rolled-search]").ClickAsync();
            await Expect(page.Locator(".el-form-item__error")).ToContainTextAsync("366");
        });
    }

    private async Task SeedAsync(DateOnly day, string town, int openOverdue, int red, int awaiting)
    {
        await using var connection = new NpgsqlConnection(suite.Deployment.Environment["ConnectionStrings__Linkage"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO supervision.state_rollups ("Day", "HandlingDivision", "OpenOverdue", "AlarmsRaised", "AlarmsAcknowledged",
                "AlarmsResolved", "Red", "Yellow", "OrdersAwaiting", "OrdersReplied", "OrdersEscalated", "Version", "PublishedVersion", "RolledUpFrom")
            VALUES (@day, @town, @open, 0, 0, 0, @red, 0, @awaiting, 0, 0, 1, 1, 'town-' || @town)
            ON CONFLICT ("Day", "HandlingDivision") DO UPDATE SET "OpenOverdue" = EXCLUDED."OpenOverdue", "Red" = EXCLUDED."Red",
                "OrdersAwaiting" = EXCLUDED."OrdersAwaiting"
            """, connection);
        command.Parameters.AddWithValue("day", day);
        command.Parameters.AddWithValue("town", town);
        command.Parameters.AddWithValue("open", openOverdue);
        command.Parameters.AddWithValue("red", red);
        command.Parameters.AddWithValue("awaiting", awaiting);
        await command.ExecuteNonQueryAsync();
    }
}
