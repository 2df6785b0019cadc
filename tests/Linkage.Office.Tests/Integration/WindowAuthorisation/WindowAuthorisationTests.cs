using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Office.Tests;

/// <summary>窗口授权: a department's window at the centre acts only within the powers its letter grants, and supervision
/// reads the 授权率 per department.</summary>
[Collection(OfficeCollection.Name)]
public sealed class WindowAuthorisationTests(OfficeHostFixture fixture)
{
    private async Task<JsonElement> MarketRegulationRateAsync()
    {
        using var supervisor = fixture.Host.CreateClient("supervisor-county");
        var report = await supervisor.GetJsonAsync("/api/office/authorisations");
        return report.GetProperty("departments").EnumerateArray().Single(d => d.Str("departmentId") == OfficeHostFixture.MarketRegulation);
    }

    [Fact]
    public async Task A_window_without_the_power_to_accept_is_refused_and_nothing_changes_until_it_is_granted()
    {
        await fixture.SetRulesAsync(approvalFirst: false);
        await fixture.GrantAsync("review", "deliver");
        var caseId = await fixture.ReceivedCaseAsync();
        using var clerk = fixture.Host.CreateClient("clerk");

        var refused = await (await clerk.PostAsJsonAsync($"/api/intake/cases/{caseId}/acceptance", new { })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["department"], refused.ErrorFields());
        Assert.Contains("受理", refused.GetProperty("errors").GetProperty("department")[0].GetString());
        Assert.Equal("received", await fixture.CaseStatusAsync(caseId));

        var before = await fixture.CountAsync("SELECT count(*) FROM intake.cases");
        var atWindow = await (await clerk.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = "000121010000",
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            principalConsent = true,
            materials = new[] { "application-form", "id-copy", "premises-plan", "health-certificate" }.Select(code => new { code, form = "paper" }),
        })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["department"], atWindow.ErrorFields());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM intake.cases"));

        var partial = await MarketRegulationRateAsync();
        Assert.Equal(40, partial.GetProperty("ratePercent").GetInt32());

        await fixture.GrantAsync(OfficeHostFixture.AllPowers);
        var accepted = await (await clerk.PostAsJsonAsync($"/api/intake/cases/{caseId}/acceptance", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("accepted", accepted.Str("status"));
        Assert.Equal(100, (await MarketRegulationRateAsync()).GetProperty("ratePercent").GetInt32());
    }

    [Fact]
    public async Task A_letter_naming_an_unknown_power_is_refused_by_field_and_others_read_no_rate()
    {
        using var admin = fixture.Host.CreateClient("hall-admin");
        var bad = await (await admin.PutAsJsonAsync("/api/office/authorisations/dep-350926-jtj", new { departmentName = "", powers = new[] { "accept", "sign" } }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["departmentName", "powers[1]"], bad.ErrorFields().Order());
        Assert.Equal(0L, await fixture.CountAsync("SELECT count(*) FROM office.window_authorisations WHERE \"DepartmentId\" = 'dep-350926-jtj'"));

        using var stranger = fixture.Client(new Linkage.ServiceDefaults.Auth.DemoUser(
            "supervisor-other", "福安市电子监察室", [Linkage.ServiceDefaults.Auth.Roles.Supervisor], "350981000000"));
        Assert.Empty((await stranger.GetJsonAsync("/api/office/authorisations")).GetProperty("letters").EnumerateArray());
    }
}
