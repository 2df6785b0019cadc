using System.Net;

namespace Linkage.Intake.Tests;

/// <summary>查询码: the window issues a one-time code; a kiosk looks the case up once with it, seeing only the public
/// status and a masked name. An unknown number, a wrong, used or expired code answer the same 404; five wrong codes
/// lock the look-up until a new code is issued (decision 0513).</summary>
public sealed class StatusLookupTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private const string Lookups = "/api/intake/status-lookups";

    [Fact]
    public async Task A_kiosk_sees_the_public_status_once_per_code_and_every_miss_reads_the_same()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        using var kiosk = fixture.Host.CreateClient("kiosk");
        var (_, submitted) = await clerk.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        var (issuedStatus, issued) = await clerk.CallAsync($"/api/intake/cases/{submitted.Str("id")}/status-code", null);
        Assert.Equal(HttpStatusCode.OK, issuedStatus);
        var (number, code) = (issued.Str("caseNumber"), issued.Str("code"));
        Assert.Matches("^[0-9]{8}$", code);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM intake.cases WHERE \"StatusCodeHash\" LIKE '%{code}%'"));

        var wrong = code == "00000000" ? "00000001" : "00000000";
        var (missStatus, miss) = await kiosk.CallAsync(Lookups, new { caseNumber = number, code = wrong });
        var (unknownStatus, unknown) = await kiosk.CallAsync(Lookups, new { caseNumber = "350926000000-20260101-999999", code });
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (missStatus, unknownStatus));
        Assert.Equal(miss.Str("title"), unknown.Str("title"));

        var (okStatus, status) = await kiosk.CallAsync(Lookups, new { caseNumber = number, code });
        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Equal(("accepted", "陈**"), (status.Str("status"), status.Str("applicantName")));
        Assert.DoesNotContain("350926", status.GetRawText().Replace(number, ""));   // no ID number, masked or not
        Assert.Equal(HttpStatusCode.NotFound, (await kiosk.CallAsync(Lookups, new { caseNumber = number, code })).Status); // used up
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_case_until_a_new_code_and_bad_input_names_the_field()
    {
        using var clerk = fixture.Host.CreateClient("clerk");
        using var kiosk = fixture.Host.CreateClient("kiosk");
        var (_, submitted) = await clerk.CallAsync("/api/intake/cases", Applications.FoodPermitFor());
        var path = $"/api/intake/cases/{submitted.Str("id")}/status-code";
        var (_, issued) = await clerk.CallAsync(path, null);
        var (number, code) = (issued.Str("caseNumber"), issued.Str("code"));

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await kiosk.CallAsync(Lookups, new { caseNumber = number, code = $"{(int.Parse(code) + 1 + i) % 100_000_000:D8}" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await kiosk.CallAsync(Lookups, new { caseNumber = number, code })).Status); // locked

        var (_, again) = await clerk.CallAsync(path, null);
        Assert.Equal(HttpStatusCode.OK, (await kiosk.CallAsync(Lookups, new { caseNumber = number, code = again.Str("code") })).Status);

        var (badStatus, bad) = await kiosk.CallAsync(Lookups, new { caseNumber = "", code = "12ab" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badStatus);
        Assert.Equal(["caseNumber", "code"], bad.Errors().Order());
        using var other = fixture.Host.CreateClient("other-resident");
        Assert.Equal(HttpStatusCode.NotFound, (await other.CallAsync(path, null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await kiosk.CallAsync(path, null)).Status);
    }
}
