using System.Net;
using System.Text.RegularExpressions;
using Linkage.EndToEnd.Tests;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linkage.Console.Tests;

/// <summary>自助终端: a hall terminal signed in as a kiosk finds a matter in the guide, takes a ticket, looks a case up
/// by its number and one-time code, verifies a certificate and rates the case through its invitation; no staff page or
/// endpoint is reachable from it, and it signs itself out when left alone.</summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class KioskScenarios(ConsoleSuite suite)
{
    [Fact]
    public async Task A_resident_uses_the_kiosk_and_it_signs_itself_out_when_left_alone()
    {
        // a cold host's first catalog lookup may miss its gRPC deadline on a loaded machine (a 500, nothing written)
        var caseId = (await Linkage.Testing.Wait.Until(async () =>
        {
            try { return (Guid?)await Cases.SubmitByAgentAsync(suite); }
            catch (Xunit.Sdk.XunitException) { return null; }
        }, TimeSpan.FromSeconds(90))).GetValueOrDefault();
        await Cases.ApproveAsync(suite, caseId, "reviewer-scjg", "reviewer-wsjk", "reviewer-xfjy");
        var identifier = await Cases.CertificateOfAsync(suite, caseId);
        var (caseNumber, code) = await Cases.StatusCodeOfAsync(suite, caseId);
        var token = await Cases.PadInvitationOfAsync(suite, caseId);

        await using var tab = await ConsolePage.OpenAsync(suite, width: 1080, height: 1920);
        await tab.RunAsync(async page =>
        {
            await page.GotoAsync("/console/kiosk?idle=30");
            await page.GetByText("（kiosk）", new PageGetByTextOptions { Exact = false }).First.ClickAsync();
            await page.Locator("[data-test=sign-in]").ClickAsync();
            await Expect(page.Locator("[data-test=kiosk]")).ToBeVisibleAsync();

            await page.Locator("[data-test=kiosk-tile-guide]").ClickAsync();
            await page.Locator("#kiosk-q").FillAsync("食品");
            await page.Locator("[data-test=kiosk-search]").ClickAsync();
            await Expect(page.Locator("[data-test=kiosk-guide]")).ToContainTextAsync(Cases.FoodPermit);

            await page.Locator("[data-test=kiosk-home]").ClickAsync();
            await page.Locator("[data-test=kiosk-tile-ticket]").ClickAsync();
            await page.Locator("[data-test=kiosk-area-A]").ClickAsync();
            await Expect(page.Locator("[data-test=kiosk-number]")).ToHaveTextAsync(TicketNumber());

            await page.Locator("[data-test=kiosk-home]").ClickAsync();
            await page.Locator("[data-test=kiosk-tile-verify]").ClickAsync();
            await page.Locator("#kiosk-identifier").FillAsync(identifier);
            await page.Locator("[data-test=kiosk-verify]").ClickAsync();
            await Expect(page.Locator("[data-test=kiosk-verification]")).ToContainTextAsync("证照有效");

            await page.Locator("[data-test=kiosk-home]").ClickAsync();
            await page.Locator("[data-test=kiosk-tile-status]").ClickAsync();
            await page.Locator("#kiosk-case-number").FillAsync(caseNumber);
            await page.Locator("#kiosk-code").FillAsync(code == "00000000" ? "00000001" : "00000000");
            await page.Locator("[data-test=kiosk-look]").ClickAsync();
            await Expect(page.Locator("[data-test=kiosk-status-missing]")).ToBeVisibleAsync();
            await page.Locator("#kiosk-code").FillAsync(code);
            await page.Locator("[data-test=kiosk-look]").ClickAsync();
            await Expect(page.Locator("[data-test=kiosk-case-status]")).ToContainTextAsync(caseNumber);
            await Expect(page.Locator("[data-test=kiosk-case-status]")).ToContainTextAsync("陈**");
            await Expect(page.Locator("[data-test=kiosk-case-status]")).Not.ToContainTextAsync("陈美华");

            await page.Locator("[data-test=kiosk-home]").ClickAsync();
            await page.Locator("[data-test=kiosk-tile-rate]").ClickAsync();
            await page.Locator("#kiosk-token").FillAsync(token);
            await page.Locator("[data-test=kiosk-grade-5]").ClickAsync();
            await page.Locator("[data-test=kiosk-rate]").ClickAsync();
            await Expect(page.Locator("[data-test=kiosk-rated]")).ToBeVisibleAsync();

            foreach (var staffPage in new[] { "/clerk/cases", "/supervisor/alerts", "/reviewer/tasks", "/guide" })
            {
                await tab.NavigateAsync(staffPage);
                await Expect(page).ToHaveURLAsync(new Regex("/console/kiosk$"));
                await Expect(page.Locator("[data-test=kiosk]")).ToBeVisibleAsync();
            }

            await Expect(page).ToHaveURLAsync(new Regex("/console/sign-in"), new() { Timeout = 90_000 });
            await Expect(page.Locator("[data-test=kiosk]")).ToHaveCountAsync(0);
        });

        using var kiosk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("kiosk"));
        Assert.Equal(HttpStatusCode.Conflict, await kiosk.PostRawAsync("/api/ratings", new { token, grade = 1 }));      // used up
        Assert.Equal(HttpStatusCode.NotFound, await kiosk.PostRawAsync("/api/intake/status-lookups", new { caseNumber, code })); // used up
        Assert.Equal(HttpStatusCode.NotFound, await kiosk.PostRawAsync($"/api/intake/cases/{caseId}/status-code", new { }));
        Assert.Equal(HttpStatusCode.NotFound, await kiosk.PostRawAsync($"/api/fees/cases/{caseId}/online-payments", new { }));
    }

    [Theory]
    [InlineData("/api/intake/cases")]
    [InlineData("/api/intake/appointments")]
    [InlineData("/api/supervision/alerts")]
    [InlineData("/api/hall/stats/windows")]
    [InlineData("/api/fees/cases")]
    [InlineData("/api/ratings/invitations")]
    public async Task A_kiosk_token_reaches_no_staff_endpoint_through_the_gateway(string path)
    {
        using var kiosk = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("kiosk"));
        Assert.Equal(HttpStatusCode.NotFound, await kiosk.StatusOfGetAsync(path));
        using var supervisor = new GatewayClient(suite.Deployment.Gateway, suite.Tokens.For("supervisor-county"));
        Assert.Equal(HttpStatusCode.OK, await supervisor.StatusOfGetAsync("/api/hall/stats/windows"));
    }

    [GeneratedRegex("^A\\d{3}$")]
    private static partial Regex TicketNumber();
}
